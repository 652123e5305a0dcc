/**
 * Kiosk behaviour in real Chromium over main's real core: the attract loop, touch takeover, the
 * idle countdown back to the start, opening hours and local analytics (visitor input and
 * public-touch hardening: kiosk-input.spec.ts). Main's timers run on its manual clock, the
 * page's on `page.clock`: no sleeps.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openView } from './fixtures';
import { startMain, HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import type { SettingsInput } from '../../src/shared/settings.schema';
import { formatMessage } from '../../src/shared/messages/format-message';
import { readCsv } from '../support/csv';
import { KIOSK, NEUTRAL, app } from '../support/kiosk-view';
import { userDataWithPin } from '../support/pin-seed';

const OPERATOR_PIN = '246813';

test.use({ hasTouch: true });

let main: MainBridge;
test.afterEach(() => main?.dispose());

async function start(page: Page, settings: SettingsInput = KIOSK, userData?: string): Promise<MainBridge> {
  main = await startMain({ settings, userData });
  await openView(page, main);
  return main;
}

const durationMs = (i: number) => main.content.snapshot.deck.slides[i].durationSeconds * 1000;

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
