/**
 * What a visitor sees around the slides (issue 16, items 2, 3 and 5), in real Chromium over
 * main's real core, at 1920×1080 and 1080×1920: the idle countdown never covers a control or a
 * headline; the arrows, dots, position and touch hint are visible and large enough; closed and
 * out-of-service screens speak every deck language and look different from each other. Main's
 * timers run on its manual clock: no sleeps.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openView } from './fixtures';
import { startMain, HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import type { SettingsInput } from '../../src/shared/settings.schema';
import type { DeckCommand } from '../../src/shared/deck';
import { formatMessage } from '../../src/shared/messages/format-message';

const KIOSK = { mode: 'kiosk', idleSeconds: 30, countdownSeconds: 10 } as const satisfies SettingsInput;
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;
const HOURS = { open: '09:00', close: '17:00', days: [0, 1, 2, 3, 4, 5, 6] };

let main: MainBridge;
test.afterEach(() => main?.dispose());

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  const out: Box[] = [];
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (box && box.width > 0 && box.height > 0) out.push(box);
  }
  return out;
}

const command = (page: Page, c: DeckCommand) => page.evaluate((c) => window.showcase.command(c), c);

/** Every control and headline the countdown must leave free, named for the failure message. */
async function keepClear(page: Page): Promise<Array<{ name: string; box: Box }>> {
  const named = async (name: string, selector: string) =>
    (await boxes(page.locator(selector))).map((box) => ({ name, box }));
  return [
    ...(await named('language button', '.language-button')),
    ...(await named('arrow', '.nav-arrow')),
    ...(await named('dot', '.nav-dot')),
    ...(await named('position', '.nav-position')),
    ...(await named('headline', '[data-testid=slide] :is(h1, h2, [class*="headline"])')),
  ];
}

/**
 * Waits until slide `index` is alone on stage and its entry animation (real page time) is over:
 * main's clock jumps 30 s at once, but a visitor would have seen the slide come to rest.
 */
async function settled(page: Page, index: number): Promise<void> {
  await expect(page.locator('.app')).toHaveAttribute('data-slide-index', String(index));
  await expect(page.getByTestId('slide')).toHaveCount(1);
  // Every finite animation on the page, awaited to its natural end (a cancelled one counts as over).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Relative luminance and contrast ratio (WCAG 2.2, 1.4.11 non-text contrast). */
function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
function parseRgb(css: string): [number, number, number] {
  const m = css.match(/rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/);
  if (!m) throw new Error(`not a colour: ${css}`);
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  // Opaque enough to read as drawn; a translucent fill would need compositing over the stage.
  expect(alpha, `alpha of ${css}`).toBeGreaterThanOrEqual(0.9);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

test('control: the overlap check sees a countdown moved onto the language buttons', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  main = await startMain({ settings: KIOSK });
  await openView(page, main);
  await command(page, { type: 'input' });
  main.clock.advance(30_000);
  const countdown = page.getByTestId('countdown-card');
  await expect(countdown).toBeVisible();
  // The old placement (issue 16): top centre, where it sat on the language buttons in portrait.
  await countdown.evaluate((el) => {
    Object.assign((el as HTMLElement).style, { insetBlockStart: '27px', insetBlockEnd: 'auto' });
  });
  const box = (await countdown.boundingBox())!;
  const hits = (await keepClear(page)).filter((c) => intersects(box, c.box));
  expect(hits.length).toBeGreaterThan(0);
});

// One test per orientation and deck language (the bundled deck's four), each walking every slide:
// small enough to run in parallel and finish well inside the timeout on a loaded CI machine.
const DECK_LOCALES = ['en', 'zh-CN', 'ar', 'ru'] as const;
for (const viewport of VIEWPORTS)
  for (const locale of DECK_LOCALES)
    test(`${viewport.name} ${locale}: the countdown covers no control and no headline, on every slide`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // Reduced motion: slides and the card come to rest at once, where they would after animating
      // (placement is measured at rest either way); the walk is then bound by checks, not tweens.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      main = await startMain({ settings: KIOSK });
      await openView(page, main);
      const deck = main.content.snapshot.deck;
      expect(deck.locales).toContain(locale);
      const countdown = page.getByTestId('countdown-card');
      for (let index = 0; index < deck.slides.length; index++) {
        await command(page, { type: 'setLocale', locale });
        await command(page, { type: 'goto', index });
        await settled(page, index);
        main.clock.advance(30_000);
        await expect(page.locator('.app')).toHaveAttribute('data-phase', 'countdown');
        await expect(page.locator('.app')).toHaveAttribute('data-slide-index', String(index));
        await expect(page.locator('.app')).toHaveAttribute('data-locale', locale);
        await expect(countdown).toContainText(formatMessage(deck.ui.returningToStart[locale], locale, { seconds: 10 }));
        await expect(countdown).toContainText(deck.ui.keepExploring![locale]);
        // Wait out the entry animation (opacity and a 20 px slide): measure where it comes to rest.
        await expect(countdown).toHaveCSS('opacity', '1');
        await expect(countdown).toHaveCSS('transform', 'none');
        const box = (await countdown.boundingBox())!;
        const hits = (await keepClear(page))
          .filter((c) => intersects(box, c.box))
          .map((c) => `${c.name} ${JSON.stringify(c.box)} vs ${JSON.stringify(box)}`);
        expect(hits, `${viewport.name} ${locale} slide ${index + 1}`).toEqual([]);
        // Large: the ring at least 10% of the short side, the main line ≥ 40 px.
        const ring = (await page.locator('.countdown-ring').boundingBox())!;
        expect(ring.width).toBeGreaterThanOrEqual(108);
        const hint = await page.locator('.countdown-hint').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(hint).toBeGreaterThanOrEqual(40);
        // Fully inside the screen.
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        await command(page, { type: 'input' }); // a touch: back to interactive for the next round
        await expect(countdown).toHaveCount(0);
      }
    });

test('the ring empties as the seconds run out, by stroke-dashoffset alone', async ({ page }) => {
  main = await startMain({ settings: KIOSK });
  await openView(page, main);
  await command(page, { type: 'input' });
  main.clock.advance(30_000);
  const progress = page.getByTestId('countdown-progress');
  await expect(progress).toHaveCSS('stroke-dashoffset', '0px');
  main.clock.advance(5_000);
  await expect(page.locator('.countdown-seconds')).toHaveText('5');
  await expect(progress).toHaveAttribute('style', /stroke-dashoffset: 0\.5/);
  const transition = await progress.evaluate((el) => getComputedStyle(el).transitionProperty);
  expect(transition).toBe('stroke-dashoffset');
});

for (const viewport of VIEWPORTS) {
  test(`${viewport.name}: arrows stand out, dots are ≥ 44 px with "3 / 12", the touch hint is ≥ 48 px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    main = await startMain({ settings: KIOSK });
    await openView(page, main);
    const deck = main.content.snapshot.deck;

    const hint = page.locator('.touch-hint');
    await expect(hint).toHaveText(deck.ui.touchToExplore.en);
    const hintStyle = await hint.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), color: s.color, bg: s.backgroundColor };
    });
    expect(hintStyle.size).toBeGreaterThanOrEqual(48);
    expect(hintStyle.color).toBe('rgb(255, 255, 255)');

    await command(page, { type: 'goto', index: 2 });
    const nav = page.getByTestId('nav-controls');
    await expect(nav).toBeVisible();
    await expect(page.getByTestId('nav-position')).toHaveText(`3 / ${deck.slides.length}`);
    for (const target of await page.locator('.nav-controls button').all()) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    // The whole band fits the screen's width.
    const navBox = (await nav.locator('.nav-arrow').first().boundingBox())!;
    const lastArrow = (await nav.locator('.nav-arrow').last().boundingBox())!;
    expect(navBox.x).toBeGreaterThanOrEqual(0);
    expect(lastArrow.x + lastArrow.width).toBeLessThanOrEqual(viewport.width);

    // Non-text contrast: disc against the stage, chevron against the disc.
    const stage = parseRgb(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    for (const arrow of await page.locator('.nav-arrow:not(:disabled)').all()) {
      const colours = await arrow.evaluate((el) => ({
        fill: getComputedStyle(el).backgroundColor,
        chevron: getComputedStyle(el.querySelector('path')!).stroke,
      }));
      expect(contrast(parseRgb(colours.fill), stage)).toBeGreaterThanOrEqual(3);
      expect(contrast(parseRgb(colours.chevron), parseRgb(colours.fill))).toBeGreaterThanOrEqual(3);
    }
  });
}

test('control: the contrast check fails the old translucent dark disc', () => {
  // The disc before issue 16: rgba(14, 20, 36, 0.86) over the #05070d stage ≈ rgb(13, 18, 33).
  expect(contrast([13, 18, 33], [5, 7, 13])).toBeLessThan(3);
});

for (const viewport of VIEWPORTS) {
  test(`${viewport.name}: the closed screen speaks every deck language, with the reopening time`, async ({ page }) => {
    main = await startMain({ settings: { ...KIOSK, openingHours: HOURS }, now: new Date(2026, 0, 1, 20, 0).getTime() });
    await page.setViewportSize(viewport);
    await main.attach(page);
    await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
    const deck = main.content.snapshot.deck;
    const screen = page.getByTestId('status-closed');
    await expect(screen).toBeVisible();
    const lines = screen.getByTestId('status-line');
    await expect(lines).toHaveCount(deck.locales.length);
    for (const locale of deck.locales) {
      const line = screen.locator(`[data-testid=status-line][lang="${locale}"]`);
      await expect(line).toContainText(deck.ui.closed[locale]);
      const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
        new Date(2026, 0, 2, 9, 0),
      );
      await expect(line).toContainText(
        formatMessage(deck.ui.reopensAt![locale], locale, {
          time,
          day: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day'),
        }),
      );
      await expect(line).toBeInViewport({ ratio: 1 });
    }
    // After midnight main's re-check makes it "today".
    main.clock.advance(4 * 60 * 60_000 + 60_000);
    await expect(screen.locator('[lang=en]')).toContainText('Open again today at 9:00');
  });
}

for (const viewport of VIEWPORTS) {
  test(`${viewport.name}: out of service speaks every deck language and does not look like closed`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    main = await startMain({ settings: { ...KIOSK, openingHours: HOURS }, now: new Date(2026, 0, 1, 20, 0).getTime() });
    await main.attach(page);
    await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
    const look = (l: Locator) =>
      l.evaluate((el) => {
        const mark = getComputedStyle(el.querySelector('.status-mark')!);
        return {
          background: getComputedStyle(el).backgroundImage,
          mark: `${mark.boxShadow} | ${mark.backgroundImage}`,
          accent: getComputedStyle(el.querySelector('.status-line-first')!).borderBlockEndColor,
        };
      });
    const closed = await look(page.getByTestId('status-closed'));
    main.dispose();

    // A fresh page: a page attaches to one main only.
    page = await page.context().newPage();
    await page.setViewportSize(viewport);
    main = await startMain({ settings: KIOSK });
    await openView(page, main);
    const deck = main.content.snapshot.deck;
    await command(page, { type: 'setLocale', locale: 'ru' });
    // The hold the self-healing supervisor sets after a crash loop.
    main.core.holdOutOfService('test: crash loop');
    const screen = page.getByTestId('status-out-of-service');
    await expect(screen).toBeVisible();
    await expect(screen.getByTestId('status-line')).toHaveCount(deck.locales.length);
    await expect(screen.getByTestId('status-line').first()).toHaveAttribute('lang', 'ru');
    for (const locale of deck.locales) {
      const line = screen.locator(`[data-testid=status-line][lang="${locale}"]`);
      await expect(line).toHaveText(deck.ui.outOfService[locale]);
      await expect(line).toBeInViewport({ ratio: 1 });
    }
    const broken = await look(screen);
    expect(broken.background).not.toBe(closed.background);
    expect(broken.mark).not.toBe(closed.mark);
  });
}
