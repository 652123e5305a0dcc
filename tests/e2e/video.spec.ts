/**
 * Video slides in real Chromium (issue 17, item 4), served by main's real app:// responder and
 * driven by main's real deck controller: a film plays (its clock advances), shows the caption
 * file of the deck's language and changes it with the language, moves the attract loop on at its
 * end when it plays once, and a missing or undecodable film leaves its poster or the placeholder
 * while the loop goes on. The films are recorded for this run in this Chromium (make-video.ts).
 */
import { rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openView, test } from './fixtures';
import { startMain, type MainBridge } from '../../harness/main-bridge';
import { recordClip, recordableType, recordWebm, vtt } from '../support/make-video';
import { DOT_PNG, minimalDeck, tempDir, writePack } from '../support/make-pack';

const t = (en: string, ru: string) => ({ en, ru });
const CAPTION = { en: 'A caption in English', ru: 'Субтитр на русском' };

type Film = { src: string; poster?: string; playback: 'loop' | 'once'; captions?: boolean };
const videoSlide = (id: string, seconds: number, film: Film) => ({
  type: 'video' as const,
  id,
  durationSeconds: seconds,
  notes: t('A test film.', 'Тестовый фильм.'),
  title: t(`Film ${id}`, `Фильм ${id}`),
  video: {
    kind: 'video' as const,
    src: film.src,
    ...(film.poster ? { poster: film.poster } : {}),
    playback: film.playback,
    alt: t(`Test film ${id}`, `Тестовый фильм ${id}`),
    captions: film.captions
      ? [
          { locale: 'en', src: 'media/film.en.vtt' },
          { locale: 'ru', src: 'media/film.ru.vtt' },
        ]
      : [],
  },
});

/** A pack whose first slides are `films`, then the minimal deck's own slides. */
function deckWith(...films: ReturnType<typeof videoSlide>[]) {
  const deck = minimalDeck();
  return { ...deck, id: 'video-test', slides: [...films, ...deck.slides] };
}

let clip: Buffer;
const packs: string[] = [];
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  clip = await recordWebm(page, 1200);
  await page.close();
});
test.afterAll(() => Promise.all(packs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function makePack(deck: unknown, extra: Record<string, Uint8Array> = {}): Promise<string> {
  const dir = await tempDir('video-pack-');
  packs.push(dir);
  await writePack(dir, deck, {
    'media/dot.png': DOT_PNG,
    'media/film.webm': clip,
    'media/film.en.vtt': vtt(CAPTION.en),
    'media/film.ru.vtt': vtt(CAPTION.ru),
    ...extra,
  });
  return dir;
}

async function start(page: Page, dir: string): Promise<MainBridge> {
  const main = await startMain({ contentDir: dir });
  expect(main.content.snapshot.deck.id, 'the test pack loads (not the bundled fallback)').toBe('video-test');
  await openView(page, main);
  return main;
}

const index = (page: Page) => page.locator('.app');
const currentTime = (page: Page) =>
  page.locator('[data-testid=video] video').evaluate((v: HTMLVideoElement) => v.currentTime);

test('a film plays muted, with the captions of the deck language, which change with the language', async ({ page }) => {
  const served: { status: number; type: string }[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/pack/media/film.webm'))
      served.push({ status: r.status(), type: r.headers()['content-type'] });
  });
  const main = await start(
    page,
    await makePack(deckWith(videoSlide('film', 60, { src: 'media/film.webm', playback: 'loop', captions: true }))),
  );
  try {
    const video = page.locator('[data-testid=video] video');
    await expect(video).toHaveCount(1);
    // Plays: its clock moves on by itself (no clock of ours drives it).
    await expect.poll(() => currentTime(page)).toBeGreaterThan(0.2);
    expect(await video.evaluate((v: HTMLVideoElement) => ({ muted: v.muted, loop: v.loop, paused: v.paused }))).toEqual(
      {
        muted: true,
        loop: true,
        paused: false,
      },
    );
    // The track of the deck language is the one loaded; the other stays disabled (never fetched).
    const modes = () =>
      video.evaluate((v: HTMLVideoElement) => Array.from(v.textTracks).map((tr) => `${tr.language}:${tr.mode}`));
    const captions = page.getByTestId('video-captions');
    await expect(captions).toHaveText(CAPTION.en);
    await expect(captions).toHaveAttribute('lang', 'en');
    expect(await modes()).toEqual(['en:hidden', 'ru:disabled']);

    main.controller.dispatch({ type: 'setLocale', locale: 'ru' });
    await expect(index(page)).toHaveAttribute('data-locale', 'ru');
    await expect(captions).toHaveText(CAPTION.ru);
    await expect(captions).toHaveAttribute('lang', 'ru');
    expect(await modes()).toEqual(['en:disabled', 'ru:hidden']);
    // Served by main's app:// responder through the media policy, with its type from the bytes' policy.
    expect(
      served.some((r) => r.status < 300 && r.type === 'video/webm'),
      JSON.stringify(served),
    ).toBe(true);
    expect(await main.outboundFrom(page)).toEqual([]);
  } finally {
    main.dispose();
  }
});

test('a film played once moves the attract loop on at its end, long before its slide duration', async ({ page }) => {
  const main = await start(
    page,
    await makePack(deckWith(videoSlide('once', 600, { src: 'media/film.webm', playback: 'once' }))),
  );
  try {
    await expect(index(page)).toHaveAttribute('data-slide-id', 'once');
    await expect(index(page)).toHaveAttribute('data-phase', 'attract');
    // main's clock never moves in this test: only the film's end can move the loop on.
    await expect(index(page)).toHaveAttribute('data-slide-id', 'opening', { timeout: 20_000 });
    await expect(index(page)).toHaveAttribute('data-phase', 'attract');
    expect(main.clock.now()).toBe(Date.UTC(2026, 0, 1, 12));
  } finally {
    main.dispose();
  }
});

test('a missing film shows its poster, an undecodable one the placeholder, and the loop goes on', async ({ page }) => {
  // A WebM header (so the media policy accepts the bytes) with garbage after it: Chromium cannot decode it.
  const undecodable = Buffer.concat([clip.subarray(0, 40), Buffer.alloc(4000, 0x5a)]);
  const dir = await makePack(
    deckWith(
      videoSlide('gone', 10, { src: 'media/gone.webm', poster: 'media/dot.png', playback: 'once' }),
      videoSlide('broken', 10, { src: 'media/broken.webm', playback: 'loop' }),
    ),
    { 'media/gone.webm': clip, 'media/broken.webm': undecodable },
  );
  const main = await startMain({ contentDir: dir });
  expect(main.content.snapshot.deck.id).toBe('video-test');
  // The film disappears after the pack was checked (a drive pulled, a file deleted by hand).
  await unlink(path.join(dir, 'media/gone.webm'));
  try {
    await openView(page, main);
    await expect(index(page)).toHaveAttribute('data-slide-id', 'gone');
    const poster = page.getByTestId('video-poster').locator('img');
    await expect(poster).toBeVisible();
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await expect(poster).toHaveAttribute('alt', 'Test film gone');

    main.clock.advance(10_000);
    await expect(index(page)).toHaveAttribute('data-slide-id', 'broken');
    const placeholder = page.getByTestId('video-placeholder');
    await expect(placeholder).toBeVisible();
    await expect(placeholder).toContainText('Test film broken');
    await expect(placeholder).toContainText('Image missing');

    main.clock.advance(10_000);
    await expect(index(page)).toHaveAttribute('data-slide-id', 'opening');
    await expect(index(page)).toHaveAttribute('data-phase', 'attract');
    expect(main.reports.filter((r) => r.level === 'error')).toEqual([]);
  } finally {
    main.dispose();
  }
});

test('MP4 (H.264) plays where this Chromium has the codec', async ({ page }) => {
  await page.goto('about:blank');
  const h264 = await page.evaluate(() =>
    document.createElement('video').canPlayType('video/mp4; codecs="avc1.42E01E"'),
  );
  if (h264 === '') console.log('skip: this Chromium has no H.264 decoder (Debian builds may lack it), MP4 not played');
  test.skip(h264 === '', 'this Chromium has no H.264 decoder');
  // No encoder on these machines but MediaRecorder's: it writes MP4 only where it can encode H.264.
  const type = await recordableType(page, ['video/mp4;codecs=avc1', 'video/mp4']);
  if (type === null) console.log('skip: this Chromium decodes H.264 but cannot record it, no MP4 clip to play');
  test.skip(type === null, 'no H.264 encoder to make a clip');
  const mp4 = await recordClip(page, [type!], 1200);
  const main = await start(
    page,
    await makePack(deckWith(videoSlide('mp4', 60, { src: 'media/film.mp4', playback: 'loop' })), {
      'media/film.mp4': mp4,
    }),
  );
  try {
    await expect.poll(() => currentTime(page)).toBeGreaterThan(0.2);
  } finally {
    main.dispose();
  }
});
