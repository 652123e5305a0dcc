/**
 * How the operator's PIN pad opens in real Chromium over main's real core: five taps within 3 s
 * on the hidden corner (top right in a right-to-left language), main's Ctrl+Alt+Shift+O event,
 * a PIN typed faster than React renders, and an open panel that survives closing time.
 */
import { test, expect, openView } from './fixtures';
import { startMain } from '../../harness/main-bridge';
import { userDataWithPin } from '../support/pin-seed';
import { PIN, tapCorner, typePin } from '../support/pin-pad';

test('four taps, or five spread over more than 3 s, do not open it (page clock)', async ({ page }) => {
  const main = await startMain({ settings: { mode: 'kiosk' }, userData: await userDataWithPin(PIN) });
  await page.clock.install();
  await openView(page, main);
  await page.clock.pauseAt(Date.now() + 60_000);
  await tapCorner(page, 4);
  await page.clock.runFor(3100);
  await tapCorner(page, 1);
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
  // The first four fell out of the window; four more within it complete the gesture.
  await tapCorner(page, 3);
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
  await tapCorner(page, 1);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  main.dispose();
});

test('in a right-to-left language the hidden corner is the top right (inline start)', async ({ page }) => {
  const main = await startMain({ settings: { mode: 'kiosk' }, userData: await userDataWithPin(PIN) });
  await openView(page, main);
  const hotspot = page.getByTestId('operator-hotspot');
  expect((await hotspot.boundingBox())?.x).toBe(0);
  await page.evaluate(() => window.showcase.command({ type: 'setLocale', locale: 'ar' }));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const box = await hotspot.boundingBox();
  expect(box!.x + box!.width).toBe(1920);
  expect(box!.y).toBe(0);
  await tapCorner(page, 5);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  main.dispose();
});

test('main’s operator:open event (its Ctrl+Alt+Shift+O) opens the PIN pad', async ({ page }) => {
  const main = await startMain({ settings: { mode: 'kiosk' }, userData: await userDataWithPin(PIN) });
  await openView(page, main);
  // The same listener registry the preload feeds from Electron's IPC.
  await page.evaluate(() =>
    (window as unknown as { __deliver(c: string, t: string): void }).__deliver('operator:open', '{"value":null}'),
  );
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-phase', 'attract');
  main.dispose();
});

test('a PIN typed faster than React renders still arrives whole (every key in one task)', async ({ page }) => {
  // CI once lost the digits of a fast-typed PIN: the key handler closed over the digits of the
  // last render, so an Enter before the re-render submitted what was there before.
  const main = await startMain({ settings: { mode: 'kiosk' }, userData: await userDataWithPin(PIN) });
  try {
    await openView(page, main);
    await page.keyboard.press('Control+Alt+Shift+KeyO');
    await expect(page.getByTestId('pin-submit')).toBeEnabled();
    await page.evaluate((pin) => {
      for (const key of [...pin, 'Enter'])
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }, PIN);
    await expect(page.getByTestId('operator-panel')).toBeVisible();
  } finally {
    main.dispose();
  }
});

test('an open panel survives closing time', async ({ page }) => {
  // Guards app.tsx rendering the overlay at one stable position in every branch (it once
  // remounted, and the open panel vanished when opening hours ended).
  const main = await startMain({
    settings: { mode: 'kiosk', openingHours: { open: '09:00', close: '17:00', days: [0, 1, 2, 3, 4, 5, 6] } },
    now: new Date(2026, 0, 1, 16, 59).getTime(),
    userData: await userDataWithPin(PIN),
  });
  try {
    await openView(page, main);
    await page.keyboard.press('Control+Alt+Shift+KeyO');
    await typePin(page, PIN);
    await expect(page.getByTestId('operator-panel')).toBeVisible();
    main.clock.advance(60_000);
    await expect(page.getByTestId('status-closed')).toBeAttached();
    await expect(page.getByTestId('operator-panel')).toBeVisible({ timeout: 3000 });
  } finally {
    main.dispose();
  }
});
