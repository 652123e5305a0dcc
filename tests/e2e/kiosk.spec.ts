/**
 * Kiosk behaviour in real Chromium over main's real core: the attract loop, touch takeover, the
 * idle countdown back to the start, clicker/touch/wheel input, public-touch hardening, opening
 * hours and local analytics. Main's timers run on its manual clock, the page's on `page.clock`:
 * no sleeps.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { test, expect, openView } from './fixtures';
import { startMain, HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import type { SettingsInput } from '../../src/shared/settings.schema';
import { formatMessage } from '../../src/shared/messages/format-message';
import { readCsv } from '../support/csv';
import { userDataWithPin } from '../support/pin-seed';

const OPERATOR_PIN = '246813';

const KIOSK = { mode: 'kiosk', idleSeconds: 30, countdownSeconds: 10 } as const satisfies SettingsInput;
/** Away from the corner hotspot, the language buttons and the on-screen arrows. */
const NEUTRAL = { x: 960, y: 520 };

test.use({ hasTouch: true });

let main: MainBridge;
test.afterEach(() => main?.dispose());

async function start(page: Page, settings: SettingsInput = KIOSK, userData?: string): Promise<MainBridge> {
  main = await startMain({ settings, userData });
  await openView(page, main);
  return main;
}

const app = (page: Page) => page.locator('.app');
const durationMs = (i: number) => main.content.snapshot.deck.slides[i].durationSeconds * 1000;

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

test('the attract loop advances by itself and wraps', async ({ page }) => {
  await start(page);
  const deck = main.content.snapshot.deck;
  await expect(app(page)).toHaveAttribute('data-phase', 'attract');
  for (let i = 0; i < deck.slides.length; i++) {
    await expect(app(page)).toHaveAttribute('data-slide-index', String(i));
    main.clock.advance(durationMs(i));
  }
  await expect(app(page)).toHaveAttribute('data-slide-index', '0');
  main.clock.advance(durationMs(0));
  await expect(app(page)).toHaveAttribute('data-slide-index', '1');
});

test('a touch takes over; idle shows the countdown and returns to slide 1 in the default language', async ({
  page,
}) => {
  await start(page);
  const deck = main.content.snapshot.deck;
  await expect(page.getByTestId('nav-controls')).toHaveCount(0);
  await page.touchscreen.tap(NEUTRAL.x, NEUTRAL.y);
  await expect(app(page)).toHaveAttribute('data-phase', 'interactive');
  await expect(page.getByTestId('nav-controls')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('language-switch').getByRole('button', { name: deck.localeNames.ru }).click();
  await expect(app(page)).toHaveAttribute('data-locale', 'ru');
  await expect(app(page)).toHaveAttribute('data-slide-index', '2');

  // Far longer than any slide's attract time, just short of idle: the visitor keeps the slide.
  main.clock.advance(29_000);
  // Main's state first, read synchronously (the timers ran inside advance); then the page's view.
  expect(main.controller.getState()).toMatchObject({ phase: 'interactive', index: 2 });
  await expect(app(page)).toHaveAttribute('data-slide-index', '2');
  await expect(app(page)).toHaveAttribute('data-phase', 'interactive');
  await expect(page.getByTestId('countdown')).toHaveCount(0);

  main.clock.advance(1_000);
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toHaveText(formatMessage(deck.ui.returningToStart.ru, 'ru', { seconds: 10 }));
  main.clock.advance(1_000);
  await expect(countdown).toHaveText(formatMessage(deck.ui.returningToStart.ru, 'ru', { seconds: 9 }));
  main.clock.advance(9_000);
  await expect(app(page)).toHaveAttribute('data-phase', 'attract');
  await expect(app(page)).toHaveAttribute('data-slide-index', '0');
  await expect(app(page)).toHaveAttribute('data-locale', deck.defaultLocale);
  await expect(countdown).toHaveCount(0);
  await expect(page.getByTestId('nav-controls')).toHaveCount(0);
  // …and the loop plays again.
  main.clock.advance(durationMs(0));
  await expect(app(page)).toHaveAttribute('data-slide-index', '1');
});

test('a touch during the countdown cancels it', async ({ page }) => {
  await start(page);
  await page.touchscreen.tap(NEUTRAL.x, NEUTRAL.y);
  await page.keyboard.press('End');
  await expect(app(page)).toHaveAttribute('data-slide-index', '11');
  main.clock.advance(30_000 + 3_000);
  await expect(page.getByTestId('countdown')).toBeVisible();

  await page.touchscreen.tap(NEUTRAL.x, NEUTRAL.y);
  await expect(page.getByTestId('countdown')).toHaveCount(0);
  await expect(app(page)).toHaveAttribute('data-phase', 'interactive');
  main.clock.advance(10_000);
  expect(main.controller.getState()).toMatchObject({ phase: 'interactive', index: 11 });
  await expect(app(page)).toHaveAttribute('data-slide-index', '11');
  await expect(app(page)).toHaveAttribute('data-phase', 'interactive');
  // The idle wait starts again from the touch.
  main.clock.advance(20_000);
  await expect(page.getByTestId('countdown')).toBeVisible();
});

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

test('outside opening hours the closed screen shows; at opening time the deck returns', async ({ page }) => {
  // 20:00 local time: closed until 09:00 tomorrow.
  main = await startMain({
    settings: { ...KIOSK, openingHours: { open: '09:00', close: '17:00', days: [0, 1, 2, 3, 4, 5, 6] } },
    now: new Date(2026, 0, 1, 20, 0).getTime(),
  });
  await main.attach(page);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await expect(page.getByTestId('status-closed')).toBeVisible();
  await expect(page.getByTestId('status-closed')).toContainText(main.content.snapshot.deck.ui.closed.en);
  await expect(page.getByTestId('slide')).toHaveCount(0);
  // The loop stays still while closed, and a touch does not open the deck.
  main.clock.advance(60 * 60_000);
  expect(main.controller.getState()).toMatchObject({ phase: 'closed', index: 0 });
  await page.touchscreen.tap(NEUTRAL.x, NEUTRAL.y);
  // A call to main after the tap is answered after anything the tap sent: then main's state is final.
  await page.evaluate(() => window.showcase.getDeck());
  expect(main.controller.getState()).toMatchObject({ phase: 'closed', index: 0 });
  await expect(page.getByTestId('status-closed')).toBeVisible();
  // The operator can still get in.
  await expect(page.getByTestId('operator-hotspot')).toHaveCount(1);

  main.clock.advance(12 * 60 * 60_000); // 09:00
  await expect(page.getByTestId('slide')).toBeVisible();
  await expect(page.getByTestId('status-closed')).toHaveCount(0);
  await expect(app(page)).toHaveAttribute('data-phase', 'attract');
  await expect(app(page)).toHaveAttribute('data-slide-index', '0');
  main.clock.advance(durationMs(0));
  await expect(app(page)).toHaveAttribute('data-slide-index', '1');
});

test('analytics: slide views, a visitor session, a language choice on disk; the CSV export parses', async ({
  page,
}) => {
  await start(page, KIOSK, await userDataWithPin(OPERATOR_PIN));
  const deck = main.content.snapshot.deck;
  await page.touchscreen.tap(NEUTRAL.x, NEUTRAL.y);
  await page.keyboard.press('ArrowRight');
  main.clock.advance(4_000);
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('language-switch').getByRole('button', { name: deck.localeNames.ru }).click();
  await expect(app(page)).toHaveAttribute('data-locale', 'ru');
  main.clock.advance(30_000 + 10_000);
  await expect(app(page)).toHaveAttribute('data-phase', 'attract');

  await main.core.analytics!.flushed();
  const lines = (await readFile(join(main.userData, 'analytics', 'events.jsonl'), 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const ofType = (type: string) => lines.filter((l) => l.type === type);
  const views = ofType('slide_view');
  expect(views.length).toBeGreaterThan(0);
  expect(views).toContainEqual(expect.objectContaining({ slideId: deck.slides[1].id, locale: 'en', dwellMs: 4_000 }));
  for (const view of views) expect(deck.slides.map((s) => s.id)).toContain(view.slideId);
  expect(ofType('session_start')).toHaveLength(1);
  const [end] = ofType('session_end');
  expect(end).toMatchObject({ durationMs: 44_000 });
  expect(end.touches).toBeGreaterThan(0);
  expect(ofType('locale')).toEqual([expect.objectContaining({ locale: 'ru' })]);
  for (const line of lines) expect(typeof line.at).toBe('string');

  // Export from the operator overlay (a kiosk opens only with its PIN).
  await page.keyboard.press('Control+Alt+Shift+KeyO');
  await expect(page.getByTestId('pin-submit')).toBeEnabled(); // the pad is on screen: keys reach it
  await page.keyboard.type(OPERATOR_PIN);
  await page.keyboard.press('Enter');
  await page.getByTestId('operator-export').click();
  const message = page.getByTestId('result-export'); // beside the Export button
  await expect(message).toHaveText(/^\d+ rows? saved to .+\.csv$/);
  const [, rowCount, file] = /^(\d+) rows? saved to (.+)$/.exec((await message.textContent()) ?? '')!;
  const rows = readCsv(await readFile(file, 'utf8'));
  expect(rows[0]).toEqual(['time', 'type', 'slideId', 'locale', 'dwellMs', 'durationMs', 'touches']);
  expect(rows.length - 1).toBe(Number(rowCount));
  expect(rows.length - 1).toBe(lines.length);
  for (const row of rows) expect(row).toHaveLength(7);
  const csvTypes = new Set(rows.slice(1).map((r) => r[1]));
  for (const type of ['slide_view', 'session_start', 'session_end', 'locale']) expect(csvTypes).toContain(type);
  const csvEnd = rows.find((r) => r[1] === 'session_end')!;
  expect(csvEnd[5]).toBe('44000');
  expect(Number(csvEnd[6])).toBe(end.touches);
});
