/**
 * The first view (issue 19): main draws the audience's first screen into index.html
 * (src/main/first-view.ts), so the slide is on screen before any script has run, and the app's
 * own first render replaces it with the same picture. Here: drawn with every script of the page
 * refused, it looks like the app's own screen (pixels compared, per orientation and script), it
 * trips no CSP rule, and only the audience window gets it.
 */
import type { Page } from '@playwright/test';
import { HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import { expect, test } from './fixtures';

const SIZES = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } } as const;

/** A page of its own at `size`, attached to main, its CSP reports collected. */
async function newView(main: MainBridge, page: Page, size: { width: number; height: number }) {
  const context = await page.context().browser()!.newContext({ viewport: size });
  const view = await context.newPage();
  const csp: string[] = [];
  view.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await main.attach(view);
  return { view, csp, close: () => context.close() };
}

/** Fraction of pixels that differ (any channel by more than 24 of 255) between two PNGs, decoded in a blank `page` (no CSP). */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (b64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64), decode(b64)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4)
        for (let c = 0; c < 3; c++)
          if (Math.abs(x.data[i + c] - y.data[i + c]) > 24) {
            differ++;
            break;
          }
      return differ / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

const CASES = [
  { orientation: 'landscape', locale: 'en' },
  { orientation: 'portrait', locale: 'en' },
  { orientation: 'landscape', locale: 'ar' },
  { orientation: 'portrait', locale: 'zh-CN' },
] as const;

for (const { orientation, locale } of CASES) {
  test(`the first view is the app's first screen: ${locale}, ${orientation}`, async ({ main, page }) => {
    main.controller.dispatch({ type: 'setLocale', locale });
    const size = SIZES[orientation];
    const url = `${HARNESS_ORIGIN}/index.html?role=audience`;

    // No script at all: what main drew is all there is.
    const still = await newView(main, page, size);
    await still.view.route(/\.js(\?|$)/, (route) => route.abort('blockedbyclient'));
    await still.view.goto(url);
    const drawn = still.view.locator(`[data-first-view] .first-view__${orientation} section.slide`);
    await expect(drawn).toBeVisible();
    await expect(still.view.locator('[data-first-view] section.slide:visible')).toHaveCount(1);
    await expect(still.view.locator('html')).toHaveAttribute('lang', locale);
    await expect(still.view.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await still.view.evaluate(() => document.fonts.ready);
    const before = await still.view.screenshot({ animations: 'disabled' });

    // The app, run: its own first screen replaces the drawn one.
    const live = await newView(main, page, size);
    await live.view.goto(url);
    await expect(live.view.getByTestId('slide')).toBeVisible();
    await expect(live.view.locator('[data-first-view]')).toHaveCount(0);
    await live.view.evaluate(() => document.fonts.ready);
    await live.view.waitForTimeout(1500); // past any reveal (the first slide shows settled anyway)
    const after = await live.view.screenshot({ animations: 'disabled' });

    expect(await pixelDifference(page, before, after), 'share of pixels that differ').toBeLessThan(0.002);
    expect([...still.csp, ...live.csp], 'CSP reports').toEqual([]);
    await still.close();
    await live.close();
  });
}

test('only the audience window gets a first view; a screen the app brings itself gets none', async ({ app, main }) => {
  const html = (query: string) => app.evaluate((q) => fetch(`/index.html?${q}`).then((r) => r.text()), query);
  expect(await html('role=audience')).toContain('data-first-view');
  expect(await html('role=presenter')).not.toContain('data-first-view');
  // A slide whose code is in a later chunk is not drawn: the page is served as built.
  const later = main.content.snapshot.deck.slides.findIndex((s) => s.type !== 'title');
  main.controller.dispatch({ type: 'goto', index: later });
  expect(await html('role=audience')).not.toContain('data-first-view');
});
