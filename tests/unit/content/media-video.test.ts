// Issue 17 item 4: films and their captions under the one media policy — the bytes decide the
// type (WebM, MP4, WebVTT), a wrong extension or HTML dressed as a film is refused, each role has
// its size limit, the deck's video references are all checked, and the server streams a film
// with Range (206, Content-Range, 416) under the pack's CSP. Each refusal has a control that passes.
import { mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, PACK_CONTENT_SECURITY_POLICY, serveAppRequest } from '../../../src/main/app-protocol';
import { checkMedia, scanImageRefs } from '../../../src/main/content/media-check';
import { MEDIA_POLICY, mediaProblem, openPackMedia } from '../../../src/main/content/media-file';
import {
  MAX_CAPTION_BYTES,
  MAX_VIDEO_BYTES,
  mediaTypeOf,
  refuseMediaPath,
  sniffImageType,
  sniffMediaType,
} from '../../../src/shared/media-policy';
import { Slide, VideoSlide } from '../../../src/shared/content/slides.schema';
import { DOT_PNG, tempDir } from '../../support/make-pack';

const hex = (h: string) => Buffer.from(h.replace(/\s/g, ''), 'hex');
/** The EBML header Chromium's MediaRecorder writes (DocType "webm"), then a Segment and filler. */
const WEBM = Buffer.concat([
  hex('1a45dfa3 9f 4286 81 01 42f7 81 01 42f2 81 04 42f3 81 08 4282 84 7765626d 4287 81 04 4285 81 02'),
  hex('18538067 01ffffffffffffff'),
  Buffer.alloc(200, 7),
]);
/** The same header naming plain Matroska (DocType "matroska"): Chromium plays only WebM. */
const MATROSKA = Buffer.concat([
  hex('1a45dfa3 a3 4286 81 01 42f7 81 01 42f2 81 04 42f3 81 08 4282 88'),
  Buffer.from('matroska'),
  hex('4287 81 04 4285 81 02'),
  Buffer.alloc(200, 7),
]);
/** An MP4 `ftyp` box: major brand isom, compatible isom + mp41. */
const MP4 = Buffer.concat([
  hex('00000018'),
  Buffer.from('ftypisom'),
  hex('00000200'),
  Buffer.from('isommp41'),
  Buffer.alloc(64),
]);
const VTT = Buffer.from('WEBVTT\n\n00:00.000 --> 00:05.000\nHello\n');
const HTML = Buffer.from('<!doctype html><script>window.showcase.exit()</script>');

describe('sniffMediaType: the first bytes prove the type', () => {
  it.each([
    ['WebM (EBML, DocType webm)', WEBM, 'video/webm'],
    ['MP4 (ftyp isom)', MP4, 'video/mp4'],
    ['WebVTT', VTT, 'text/vtt'],
    ['WebVTT with a BOM', Buffer.concat([hex('efbbbf'), VTT]), 'text/vtt'],
    ['WebVTT, header line only', Buffer.from('WEBVTT'), 'text/vtt'],
    ['PNG (images unchanged)', DOT_PNG, 'image/png'],
  ])('%s', (_name, bytes, type) => expect(sniffMediaType(new Uint8Array(bytes).subarray(0, 64))).toBe(type));

  it.each([
    ['HTML', HTML],
    ['Matroska that is not WebM', MATROSKA],
    ['EBML magic with one byte wrong', Buffer.concat([hex('1a45dfa2'), WEBM.subarray(4)])],
    ['"WEBVTTX" (no separator after the signature)', Buffer.from('WEBVTTX\n')],
    ['text that mentions WEBVTT later', Buffer.from(' WEBVTT\n')],
    ['an ftyp box of an unknown brand', Buffer.concat([hex('00000010'), Buffer.from('ftypqt  '), hex('00000000')])],
  ])('refuses %s', (_name, bytes) => expect(sniffMediaType(new Uint8Array(bytes).subarray(0, 64))).toBeNull());

  it('AVIF stays an image, never a film (both are ISO-BMFF)', () => {
    const avif = Buffer.concat([hex('00000018'), Buffer.from('ftypavif'), hex('00000000'), Buffer.from('mif1isom')]);
    expect(sniffMediaType(avif)).toBe('image/avif');
    // The image sniffer alone never calls a film an image.
    expect(sniffImageType(WEBM)).toBeNull();
    expect(sniffImageType(MP4)).toBeNull();
  });
});

describe('refuseMediaPath by role', () => {
  it('each role accepts its own extensions only', () => {
    expect(refuseMediaPath('media/film.webm', 'video')).toBeNull();
    expect(refuseMediaPath('media/film.MP4', 'video')).toBeNull();
    expect(refuseMediaPath('media/film.en.vtt', 'captions')).toBeNull();
    expect(refuseMediaPath('media/film.webm', 'image')).toMatch(/is not an image type the app shows/);
    expect(refuseMediaPath('media/film.webm')).toMatch(/is not an image type/); // default: image
    expect(refuseMediaPath('media/photo.jpg', 'video')).toMatch(/is not a video type the app plays \(webm, mp4, m4v\)/);
    expect(refuseMediaPath('media/film.srt', 'captions')).toMatch(/is not a caption file type the app reads \(vtt\)/);
    expect(refuseMediaPath('media/film.mkv', 'any')).toMatch(/is not a media type the app serves/);
    expect(refuseMediaPath('films/a.webm', 'video')).toMatch(/put media files in media\//);
  });
  it('types by extension', () => {
    expect(mediaTypeOf('media/a.webm')).toBe('video/webm');
    expect(mediaTypeOf('media/a.m4v')).toBe('video/mp4');
    expect(mediaTypeOf('media/a.vtt')).toBe('text/vtt');
    expect(mediaTypeOf('media/a.webm', 'image')).toBeNull();
  });
});

let pack: string;
beforeAll(async () => {
  pack = await tempDir('media-video-');
  await mkdir(path.join(pack, 'media'));
  const files: Record<string, Buffer> = {
    'film.webm': WEBM,
    'film.mp4': MP4,
    'film.en.vtt': VTT,
    'poster.png': DOT_PNG,
    'page.webm': HTML,
    'webm-named.mp4': WEBM,
    'png-named.webm': DOT_PNG,
    'html.vtt': HTML,
    'matroska.webm': MATROSKA,
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(pack, 'media', name), bytes);
});
afterAll(() => rm(pack, { recursive: true, force: true }));

describe('openPackMedia: films and captions judged by their bytes', () => {
  it.each([
    ['media/film.webm', 'video', 'video/webm'],
    ['media/film.mp4', 'video', 'video/mp4'],
    ['media/film.en.vtt', 'captions', 'text/vtt'],
  ] as const)('%s is accepted as %s', async (src, role, type) => {
    const opened = await openPackMedia(pack, src, MEDIA_POLICY, role);
    expect(opened).toMatchObject({ ok: true, mimeType: type });
    if (opened.ok) await opened.handle.close();
  });
  it.each([
    ['media/page.webm', 'video', /does not hold WEBM video data \(its first bytes are not a video\)/],
    ['media/webm-named.mp4', 'video', /does not hold MP4 video data \(its first bytes are video\/webm\)/],
    ['media/png-named.webm', 'video', /does not hold WEBM video data \(its first bytes are image\/png\)/],
    ['media/html.vtt', 'captions', /does not hold VTT caption data \(its first bytes are not WebVTT\)/],
    ['media/matroska.webm', 'video', /does not hold WEBM video data/],
  ] as const)('%s is refused (415)', async (src, role, message) => {
    expect(await openPackMedia(pack, src, MEDIA_POLICY, role)).toMatchObject({ ok: false, status: 415, message });
  });
  it('control: with the byte check off, HTML named .webm would pass (so the check is what refuses it)', async () => {
    const opened = await openPackMedia(pack, 'media/page.webm', { ...MEDIA_POLICY, checkBytes: false }, 'video');
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.handle.close();
  });
});

describe('size limits per role', () => {
  it('a film may be larger than an image; over its own limit it is refused (413)', async () => {
    await writeFile(path.join(pack, 'media', 'big.webm'), WEBM);
    await truncate(path.join(pack, 'media', 'big.webm'), 60 * 1024 * 1024); // over the image limit (50 MiB)
    expect(await mediaProblem(pack, 'media/big.webm', MEDIA_POLICY, 'video')).toBeNull();
    await truncate(path.join(pack, 'media', 'big.webm'), MAX_VIDEO_BYTES + 1);
    expect(await mediaProblem(pack, 'media/big.webm', MEDIA_POLICY, 'video')).toBe(
      `media file "media/big.webm" is ${(MAX_VIDEO_BYTES + 1).toLocaleString('en-US')} bytes, over the 512 MiB limit for video files`,
    );
    await rm(path.join(pack, 'media', 'big.webm'));
  });
  it('a caption file over 1 MiB is refused', async () => {
    await writeFile(path.join(pack, 'media', 'big.vtt'), VTT);
    await truncate(path.join(pack, 'media', 'big.vtt'), MAX_CAPTION_BYTES + 1);
    expect(await mediaProblem(pack, 'media/big.vtt', MEDIA_POLICY, 'captions')).toMatch(
      /over the 1 MiB limit for caption files/,
    );
    await truncate(path.join(pack, 'media', 'big.vtt'), MAX_CAPTION_BYTES);
    expect(await mediaProblem(pack, 'media/big.vtt', MEDIA_POLICY, 'captions')).toBeNull();
    await rm(path.join(pack, 'media', 'big.vtt'));
  });
});

describe('the deck: every video reference is found and checked for its role', () => {
  const video = (src: string, extra: object = {}) => ({ kind: 'video', src, alt: { en: 'A film' }, ...extra });
  const raw = {
    slides: [
      {
        type: 'video',
        video: video('media/film.webm', {
          poster: 'media/poster.png',
          captions: [
            { locale: 'en', src: 'media/film.en.vtt' },
            { locale: 'ru', src: 'media/film.ru.vtt' },
          ],
        }),
      },
      { type: 'story', visual: video('media/photo.png') },
    ],
  };
  it('finds the film, its poster and each caption file with the JSON path', () => {
    expect(scanImageRefs(raw).refs).toEqual([
      { path: 'slides[0].video.src', src: 'media/film.webm', role: 'video' },
      { path: 'slides[0].video.poster', src: 'media/poster.png' },
      { path: 'slides[0].video.captions[0].src', src: 'media/film.en.vtt', role: 'captions' },
      { path: 'slides[0].video.captions[1].src', src: 'media/film.ru.vtt', role: 'captions' },
      { path: 'slides[1].visual.src', src: 'media/photo.png', role: 'video' },
    ]);
  });
  it('problems name the path: a missing caption file, an image given as a film', async () => {
    const problems = await checkMedia(pack, scanImageRefs(raw).refs, 'deck.json');
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'slides[0].video.captions[1].src: media file "media/film.ru.vtt" not found',
      'slides[1].visual.src: media file "media/photo.png" is not a video type the app plays (webm, mp4, m4v)',
    ]);
  });
  it('the schema takes a video slide and a video visual, with loop as the default', () => {
    const slide = VideoSlide.parse({
      type: 'video',
      id: 'film',
      durationSeconds: 30,
      notes: { en: 'n' },
      title: { en: 'A film' },
      video: video('media/film.webm'),
    });
    expect(slide).toMatchObject({ fit: 'cover', video: { playback: 'loop', captions: [] } });
    expect(Slide.safeParse(slide).success).toBe(true);
    expect(Slide.safeParse({ ...slide, video: { ...slide.video, playback: 'twice' } }).success).toBe(false);
  });
});

describe('the server streams a film with Range', () => {
  const roots = () => ({ renderer: path.join(pack, 'no-renderer'), pack });
  it('200 whole, 206 with Content-Range for a part, 416 past the end, under the pack CSP', async () => {
    const whole = await serveAppRequest(`${APP_ORIGIN}/pack/media/film.webm`, roots());
    expect(whole).toMatchObject({ status: 200, headers: { 'Content-Type': 'video/webm', 'Accept-Ranges': 'bytes' } });
    expect(whole.body.equals(WEBM)).toBe(true);
    expect(whole.headers['Content-Security-Policy']).toBe(PACK_CONTENT_SECURITY_POLICY);

    const part = await serveAppRequest(`${APP_ORIGIN}/pack/media/film.webm`, roots(), APP_ORIGIN, 'bytes=4-35');
    expect(part.status).toBe(206);
    expect(part.headers['Content-Range']).toBe(`bytes 4-35/${WEBM.length}`);
    expect(part.headers['Content-Length']).toBe('32');
    expect(part.body.equals(WEBM.subarray(4, 36))).toBe(true);

    const open = await serveAppRequest(`${APP_ORIGIN}/pack/media/film.webm`, roots(), APP_ORIGIN, 'bytes=100-');
    expect(open.headers['Content-Range']).toBe(`bytes 100-${WEBM.length - 1}/${WEBM.length}`);

    const past = await serveAppRequest(
      `${APP_ORIGIN}/pack/media/film.webm`,
      roots(),
      APP_ORIGIN,
      `bytes=${WEBM.length}-`,
    );
    expect(past.status).toBe(416);
    expect(past.headers['Content-Range']).toBe(`bytes */${WEBM.length}`);
  });
  it('captions are served as text/vtt; HTML named .webm is refused (415) and never sent', async () => {
    const captions = await serveAppRequest(`${APP_ORIGIN}/pack/media/film.en.vtt`, roots());
    expect(captions).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/vtt' } });
    const html = await serveAppRequest(`${APP_ORIGIN}/pack/media/page.webm`, roots());
    expect(html.status).toBe(415);
    expect(html.body.toString()).not.toContain('<script>');
  });
});
