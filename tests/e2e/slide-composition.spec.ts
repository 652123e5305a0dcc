/**
 * Issue 17, items 1 and 2, in Chromium, every locale: in portrait every slide's content spans
 * ≥ 70 % of the height between the top controls and the navigation; in landscape the statistics
 * slides' figures are ≥ 160 px; the journey names the three steps in the deck's words, climbs,
 * and its path draws itself. Controls show each check can fail.
 */
import { test, expect } from '@playwright/test';
import { settleSlide } from '../support/settle-slide';
import { gotoSlide, openWalk, type Orientation } from '../support/slide-walk';
import { contentSpan, drawnSeen, figureSizes, journeySteps, recordJourneyDrawing } from '../support/composition';

const LOCALES = ['en', 'zh-CN', 'ru', 'ar'];
const MIN_SPAN = 0.7;
const MIN_HERO_PX = 160;
const shown = { presentVisitorControls: 'shown' } as const;

for (const locale of LOCALES) {
  test(`${locale} portrait: every slide spans ≥ 70 % of the usable height; the journey climbs and draws`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const walk = await openWalk(browser, { orientation: 'portrait', locale, settings: shown });
    const { page, slides, symbols } = walk;
    for (let i = 0; i < slides.length; i++) {
      const slide = slides[i];
      if (slide.type === 'steps') await recordJourneyDrawing(page);
      await gotoSlide(walk, i);
      expect.soft(await settleSlide(page, slide.id, symbols), `${slide.id} settles`).toBe(true);
      const span = await contentSpan(page);
      expect.soft(span.usableBottom - span.usableTop, `${slide.id}: controls found`).toBeLessThan(1920 - 150);
      expect.soft(span.ratio, `${slide.id}: content span ${JSON.stringify(span)}`).toBeGreaterThanOrEqual(MIN_SPAN);
      if (slide.type === 'steps')
        await checkJourney(
          walk.page,
          slide.steps.map((s) => s.label[locale]),
          'portrait',
        );
    }
    await walk.close();
  });

  test(`${locale} landscape: hero figures ≥ 160 px; the journey climbs and draws`, async ({ browser }) => {
    test.setTimeout(120_000);
    const walk = await openWalk(browser, { orientation: 'landscape', locale, settings: shown });
    const { page, slides, symbols } = walk;
    let heroes = 0;
    for (let i = 0; i < slides.length; i++) {
      const slide = slides[i];
      if (slide.type !== 'statistics' && slide.type !== 'steps') continue;
      if (slide.type === 'steps') await recordJourneyDrawing(page);
      await gotoSlide(walk, i);
      expect.soft(await settleSlide(page, slide.id, symbols), `${slide.id} settles`).toBe(true);
      if (slide.type === 'steps') {
        await checkJourney(
          page,
          slide.steps.map((s) => s.label[locale]),
          'landscape',
        );
        continue;
      }
      const sizes = await figureSizes(page);
      expect.soft(sizes.length, `${slide.id}: one figure per stat`).toBe(slide.stats.length);
      for (const s of sizes)
        expect.soft(s.px, `${slide.id}: "${s.text}" font size`).toBeGreaterThanOrEqual(MIN_HERO_PX);
      heroes += sizes.length;
    }
    expect(heroes).toBeGreaterThan(0);
    await walk.close();
  });
}

/** The names, in the deck's words and order, each higher than the last; the path was seen part-drawn, then whole. */
async function checkJourney(page: import('@playwright/test').Page, names: string[], orientation: Orientation) {
  const steps = await journeySteps(page);
  expect
    .soft(
      steps.map((s) => s.text),
      'the steps, named as in the deck',
    )
    .toEqual(names);
  for (let k = 1; k < steps.length; k++) {
    expect.soft(steps[k].y, `step ${k + 1} stands higher than step ${k}`).toBeLessThan(steps[k - 1].y);
    if (orientation === 'landscape') {
      const rtl = await page.evaluate(() => document.documentElement.dir === 'rtl');
      // The staircase climbs toward the inline end: rightward, or leftward in Arabic.
      if (rtl) expect.soft(steps[k].x, `step ${k + 1} further left`).toBeLessThan(steps[k - 1].x);
      else expect.soft(steps[k].x, `step ${k + 1} further right`).toBeGreaterThan(steps[k - 1].x);
    }
  }
  const { seen, now } = await drawnSeen(page);
  expect.soft(now, 'the path ends fully drawn').toBeCloseTo(1, 3);
  expect
    .soft(
      seen.some((f) => f > 0.02 && f < 0.98),
      `the path was seen part-drawn: ${seen.slice(0, 8).join(', ')}`,
    )
    .toBe(true);
}

test('the checks catch a short portrait composition, a small figure and a path that never draws (controls)', async ({
  browser,
}) => {
  const walk = await openWalk(browser, { orientation: 'portrait', locale: 'en', settings: shown });
  const { page, slides, symbols } = walk;
  // A story slide's figures are ordinary figures (≈ 65 px): the hero check reports them.
  const story = slides.findIndex((s) => s.type === 'story' && s.stats.length > 0);
  await gotoSlide(walk, story);
  await settleSlide(page, slides[story].id, symbols);
  expect(Math.max(...(await figureSizes(page)).map((s) => s.px))).toBeLessThan(MIN_HERO_PX);
  // The closing slide squeezed to its content in the middle: the span check fails.
  const closing = slides.findIndex((s) => s.type === 'closing');
  await gotoSlide(walk, closing);
  await settleSlide(page, slides[closing].id, symbols);
  expect(await contentSpan(page).then((s) => s.ratio)).toBeGreaterThanOrEqual(MIN_SPAN);
  await page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('section.slide .s-slide')!;
    s.style.gridTemplateRows = 'none';
    s.style.alignContent = 'center';
    for (const el of s.querySelectorAll<HTMLElement>('*')) el.style.alignSelf = 'center';
  });
  expect(await contentSpan(page).then((s) => s.ratio)).toBeLessThan(MIN_SPAN);
  // Reduced motion: the path is drawn at once, so no part-drawn frame is ever seen.
  await walk.close();
  const still = await openWalk(browser, {
    orientation: 'landscape',
    locale: 'en',
    settings: { ...shown, reducedMotion: true },
    reducedMotion: 'reduce',
  });
  const steps = still.slides.findIndex((s) => s.type === 'steps');
  await recordJourneyDrawing(still.page);
  await gotoSlide(still, steps);
  await settleSlide(still.page, still.slides[steps].id, still.symbols);
  const { seen } = await drawnSeen(still.page);
  expect(seen.some((f) => f > 0.02 && f < 0.98)).toBe(false);
  await still.close();
});
