/**
 * Kiosk input in real Chromium over main's real core: clicker keys, swipes and the wheel, and
 * public-touch hardening (no pinch-zoom, context menu or text selection, B never blacks a kiosk
 * out, the cursor hides). Each hardening check has its control on a plain page or in another
 * mode. Main's timers run on its manual clock, the page's on `page.clock`: no sleeps.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { test, expect, openView } from './fixtures';
import { startMain, type MainBridge } from '../../harness/main-bridge';
import { KIOSK, NEUTRAL, app } from '../support/kiosk-view';

test.use({ hasTouch: true });

let main: MainBridge;
test.afterEach(() => main?.dispose());

async function start(page: Page): Promise<MainBridge> {
  main = await startMain({ settings: KIOSK });
  await openView(page, main);
  return main;
}

/** A one-finger (or more) touch sequence through Chromium's real input pipeline. */
async function touch(cdp: CDPSession, frames: Array<Array<{ x: number; y: number }>>): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: frames[0] });
  for (const points of frames.slice(1))
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
const pinchFrames = Array.from({ length: 18 }, (_, i) => {
  const d = 60 + i * 20;
  return [
    { x: 960 - d, y: 540 },
    { x: 960 + d, y: 540 },
  ];
});

/** A bare page with selectable text and no hardening: the control for pinch and selection. */
async function controlPage(context: BrowserContext): Promise<Page> {
  const control = await context.newPage();
  await control.route('http://control.local/**', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta name="viewport" content="width=device-width"><h1 style="font-size:80px;margin:200px">Plain selectable headline</h1>',
    }),
  );
  await control.goto('http://control.local/');
  return control;
}

/** Drags the mouse across an element from its start to its end edge. */
async function dragAcross(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector}`);
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
}

test('clicker keys and digits + Enter navigate', async ({ page }) => {
  await start(page);
  const steps: Array<[string[], number]> = [
    [['ArrowRight'], 1],
    [['PageDown'], 2],
    [['Space'], 3],
    [['PageUp'], 2],
    [['End'], 11],
    [['Home'], 0],
    [['5', 'Enter'], 4],
    [['1', '2', 'Enter'], 11],
    [['ArrowLeft'], 10],
  ];
  for (const [keys, index] of steps) {
    for (const key of keys) await page.keyboard.press(key);
    await expect(app(page), keys.join(' ')).toHaveAttribute('data-slide-index', String(index));
  }
  await expect(app(page)).toHaveAttribute('data-phase', 'interactive');
});

test('swipes (mouse and touch) and the wheel navigate', async ({ page }) => {
  // The wheel ignores events within 600 ms of the last one: the page clock holds time still.
  await page.clock.install();
  await start(page);
  await page.clock.pauseAt(Date.now() + 60_000);

  await page.mouse.move(1400, 540);
  await page.mouse.down();
  await page.mouse.move(500, 540, { steps: 6 });
  await page.mouse.up();
  await expect(app(page)).toHaveAttribute('data-slide-index', '1');

  const cdp = await page.context().newCDPSession(page);
  const swipe = (from: number, to: number) =>
    touch(
      cdp,
      Array.from({ length: 7 }, (_, i) => [{ x: from + ((to - from) * i) / 6, y: 540 }]),
    );
  await swipe(1400, 500);
  await expect(app(page)).toHaveAttribute('data-slide-index', '2');
  await swipe(500, 1400);
  await expect(app(page)).toHaveAttribute('data-slide-index', '1');
  // A short move is a tap, not a swipe. Checking "still slide 1" now would race the command; the
  // wheel below is sent after it on the same channel, so landing on 2 (not 3 or 1) proves the tap
  // moved nothing.
  await swipe(960, 940);

  await page.mouse.move(NEUTRAL.x, NEUTRAL.y);
  await page.mouse.wheel(0, 300);
  await expect(app(page)).toHaveAttribute('data-slide-index', '2');
  // One flick of a free-spinning wheel is one slide.
  await page.mouse.wheel(0, 300);
  await page.mouse.wheel(0, 300);
  await page.clock.runFor(700);
  await page.mouse.wheel(0, -300);
  await expect(app(page)).toHaveAttribute('data-slide-index', '1');
});

test('pinch-zoom does nothing (the same gesture zooms a plain page)', async ({ page, context }) => {
  await start(page);
  const cdp = await context.newCDPSession(page);
  await touch(cdp, pinchFrames);
  expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);

  const control = await controlPage(context);
  await touch(await context.newCDPSession(control), pinchFrames);
  expect(await control.evaluate(() => window.visualViewport?.scale)).toBeGreaterThan(1);
});

test('no context menu and no text selection (the same drag selects on a plain page)', async ({ page, context }) => {
  await start(page);
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { __menus: boolean[] }).__menus = seen;
    // Added after the app's listeners, so it sees what they decided.
    window.addEventListener('contextmenu', (e) => seen.push(e.defaultPrevented));
  });
  const headline = page.locator('.s-title__headline');
  const box = await headline.boundingBox();
  await page.mouse.click(box!.x + 40, box!.y + 40, { button: 'right' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __menus: boolean[] }).__menus)).toEqual([true]);

  await dragAcross(page, '.s-title__headline');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('');

  const control = await controlPage(context);
  await dragAcross(control, 'h1');
  expect(await control.evaluate(() => document.getSelection()?.toString())).toContain('selectable');
});

test('B in kiosk mode is a visitor key, never a blackout; present mode (the control) blacks out', async ({
  page,
  context,
}) => {
  await start(page);
  await expect(app(page)).toHaveAttribute('data-phase', 'attract');
  await page.keyboard.press('b');
  // Like any key: the visitor takes over. The screen stays lit (an unattended kiosk once stayed black for good).
  await expect(app(page)).toHaveAttribute('data-phase', 'interactive');
  await expect(page.getByTestId('blackout')).toHaveCount(0);
  await page.keyboard.press('B');
  await page.keyboard.press('ArrowRight');
  await expect(app(page)).toHaveAttribute('data-slide-index', '1');
  await expect(page.getByTestId('blackout')).toHaveCount(0);
  expect(main.controller.getState().blackout).toBe(false);

  // Control: the same key press in present mode blacks the audience screen out, and back.
  const presenting = await startMain({ settings: { ...KIOSK, mode: 'present' } });
  const audience = await context.newPage();
  try {
    await openView(audience, presenting);
    await audience.keyboard.press('b');
    await expect(audience.getByTestId('blackout')).toBeVisible();
    await audience.keyboard.press('B');
    await expect(audience.getByTestId('blackout')).toHaveCount(0);
  } finally {
    presenting.dispose();
  }
});

test('the cursor hides after 3 s without movement in kiosk mode, not in window mode', async ({ page, context }) => {
  await page.clock.install();
  await start(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  const html = page.locator('html');
  await page.mouse.move(300, 300);
  await expect(html).not.toHaveClass(/cursor-hidden/);
  await page.clock.runFor(2_900);
  await expect(html).not.toHaveClass(/cursor-hidden/);
  await page.clock.runFor(200);
  await expect(html).toHaveClass(/cursor-hidden/);
  await page.mouse.move(320, 300);
  await expect(html).not.toHaveClass(/cursor-hidden/);

  const rehearsal = await context.newPage();
  await rehearsal.clock.install();
  const windowMain = await startMain({ settings: { ...KIOSK, mode: 'window' } });
  await openView(rehearsal, windowMain);
  await rehearsal.clock.pauseAt(Date.now() + 60_000);
  await rehearsal.mouse.move(300, 300);
  await rehearsal.clock.runFor(10_000);
  await expect(rehearsal.locator('html')).not.toHaveClass(/cursor-hidden/);
  windowMain.dispose();
});
