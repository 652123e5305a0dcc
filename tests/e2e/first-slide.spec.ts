/**
 * The first slide's path (issue 19), in Chromium against the built renderer: the map slide's
 * chunk is not requested before the first slide is painted and is requested while slide 1 is
 * still up (long before the map slide is due); a Latin first slide fetches no Chinese and no
 * Arabic face for the slide itself; its boxes do not move when the fonts settle.
 * Order is read from the page's own clock (Resource Timing against the probe's paint time),
 * never from wall-clock waits.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import { PROBE_SCRIPT, readProbe } from '../../scripts/bench/page-probe';

/** Asset requests the page made, by file name, with their start on the page's clock. */
function requests(page: Page): Promise<Array<{ name: string; start: number }>> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => ({ name: new URL(e.name).pathname.split('/').pop() ?? '', start: e.startTime })),
  );
}

/** Opens the audience view with the paint probe, and waits until the first slide has been painted. */
async function openProbed(page: Page, main: MainBridge): Promise<number> {
  await main.attach(page);
  await page.addInitScript({ content: PROBE_SCRIPT });
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await page.waitForFunction(() => {
    const probe = (window as unknown as { __bench: { firstSlide: { painted: number } | null } }).__bench;
    return probe.firstSlide !== null && !Number.isNaN(probe.firstSlide.painted);
  });
  return (await readProbe(page)).firstSlide!.painted;
}

test('the map chunk waits for the first paint and is in before the map slide is due', async ({ page, main }) => {
  const painted = await openProbed(page, main);
  const slides = main.content.snapshot.deck.slides;
  const mapIndex = slides.findIndex((s) => s.type === 'map');
  expect(mapIndex, 'the bundled deck has a map slide after slide 1').toBeGreaterThan(0);

  // Requested with slide 1 still up: main's clock has not moved, so the map slide is still
  // the sum of the slides before it away.
  await expect.poll(async () => (await requests(page)).some((r) => /^map-slide-.*\.js$/.test(r.name))).toBe(true);
  await expect(page.locator('.app')).toHaveAttribute('data-slide-index', '0');
  const all = await requests(page);
  const map = all.find((r) => /^map-slide-.*\.js$/.test(r.name))!;
  expect(map.start, 'map chunk requested after the first slide was painted').toBeGreaterThanOrEqual(painted);

  // Control: the same comparison does catch a request made before the paint (the entry chunk).
  const entry = all.find((r) => /^index-.*\.js$/.test(r.name));
  expect(entry, 'the entry chunk is a resource entry too').toBeDefined();
  expect(entry!.start).toBeLessThan(painted);

  // And the map slide, when its turn comes, renders from the prefetched chunk.
  for (let i = 0; i < mapIndex; i++) main.clock.advance(slides[i].durationSeconds * 1000);
  await expect(page.locator(`section.slide[data-slide-id="${slides[mapIndex].id}"] svg`).first()).toBeVisible();
});

test('a Latin first slide fetches only the faces its own text needs, and its boxes stay put when fonts settle', async ({
  page,
  main,
}) => {
  // Layout boxes (offset*, transforms left out: the reveal motion moves things on purpose) of
  // every element of the slide, taken in the frame the probe calls painted and again later.
  await page.addInitScript(() => {
    const w = window as unknown as { __boxesAtPaint: string[] | null };
    w.__boxesAtPaint = null;
    // The slide on screen: the first view main drew into index.html carries one copy per
    // orientation (the other is display: none), then the app's own replaces it.
    const take = () =>
      [...document.querySelectorAll('section.slide')]
        .filter((s) => s.getClientRects().length > 0)
        .flatMap((s) => [...s.querySelectorAll('*')])
        .filter((e): e is HTMLElement => e instanceof HTMLElement)
        .map((e) => `${e.tagName}:${e.offsetLeft},${e.offsetTop},${e.offsetWidth}x${e.offsetHeight}`);
    const watch = new MutationObserver(() => {
      if (!document.querySelector('section.slide')) return;
      watch.disconnect();
      requestAnimationFrame(() => (w.__boxesAtPaint = take()));
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  await openProbed(page, main);
  expect(main.content.snapshot.deck.defaultLocale).toBe('en');
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('section.slide')).toHaveCount(1);

  const boxes = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('section.slide')]
        .filter((s) => s.getClientRects().length > 0)
        .flatMap((s) => [...s.querySelectorAll('*')])
        .filter((e): e is HTMLElement => e instanceof HTMLElement)
        .map((e) => `${e.tagName}:${e.offsetLeft},${e.offsetTop},${e.offsetWidth}x${e.offsetHeight}`),
    );
  const atPaint = await page.evaluate(() => (window as unknown as { __boxesAtPaint: string[] | null }).__boxesAtPaint);
  expect(atPaint?.length, 'boxes taken in the first painted frame').toBeGreaterThan(0);
  expect(await boxes(), 'no layout shift once every face has settled').toEqual(atPaint);

  // The faces fetched: Latin's (the slide), and only what the always-visible language switch
  // names in their own scripts need; the slide's own text pulled in no Chinese or Arabic face.
  const fonts = (await requests(page)).filter((r) => r.name.endsWith('.woff2')).map((r) => r.name);
  expect(fonts.some((f) => f.startsWith('noto-sans-latin-'))).toBe(true);
  const slideScripts = await page.evaluate(() => {
    const text = [...document.querySelectorAll('section.slide')].map((s) => s.textContent ?? '').join('');
    return { chinese: /[\u4e00-\u9fff]/.test(text), arabic: /[\u0600-\u06ff]/.test(text) };
  });
  expect(slideScripts).toEqual({ chinese: false, arabic: false });
  const switchText = await page.getByTestId('language-switch').textContent();
  const needs = { chinese: /[\u4e00-\u9fff]/.test(switchText ?? ''), arabic: /[\u0600-\u06ff]/.test(switchText ?? '') };
  expect(fonts.some((f) => f.startsWith('noto-sans-sc-'))).toBe(needs.chinese);
  expect(fonts.some((f) => f.startsWith('noto-sans-arabic-'))).toBe(needs.arabic);
  expect(
    fonts.some((f) => f.startsWith('noto-sans-cyrillic-')),
    'Cyrillic only for the switch',
  ).toBe(/[\u0400-\u04ff]/.test(switchText ?? ''));

  // Control: the box comparison sees a font change (a different family moves the slide's text).
  await page.evaluate(() =>
    document
      .querySelectorAll<HTMLElement>('section.slide, section.slide *')
      .forEach((e) => (e.style.fontFamily = 'monospace')),
  );
  expect(await boxes()).not.toEqual(atPaint);
});
