/**
 * The operator overlay in real Chromium over main's real core, with no PIN set: a kiosk stays
 * shut (every PIN and exit refused), while window mode (rehearsal) opens the panel to set the
 * first PIN, stored by main as a hash in its own file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, openView } from './fixtures';
import { startMain } from '../../harness/main-bridge';
import { PIN, tapCorner, typePin } from '../support/pin-pad';
import { PIN_FILE_NAME } from '../../src/main/pin-store';

test('a kiosk with no PIN stays shut: every PIN refused, no panel, exit refused', async ({ page }) => {
  const main = await startMain({ settings: { mode: 'kiosk' } });
  try {
    await openView(page, main);
    await tapCorner(page, 5);
    await expect(page.getByTestId('pin-pad')).toBeVisible();
    await expect(page.getByTestId('pin-pad')).not.toContainText(/any|no PIN set yet/i);
    await typePin(page, '000000');
    await expect(page.getByTestId('pin-message')).toHaveText(/closed on this kiosk until a PIN is set/);
    await expect(page.getByTestId('operator-panel')).toHaveCount(0);
    const answers = await page.evaluate(async () => [
      await window.showcase.unlockOperator(''),
      await window.showcase.operatorAction({ type: 'exit' }).then(
        () => 'accepted',
        () => 'refused',
      ),
      await window.showcase.operatorAction({ type: 'setPin', pin: '123456' }).then(
        () => 'accepted',
        () => 'refused',
      ),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: 'no-pin', attemptsLeft: 0, lockedUntil: null, retryInMs: null },
      'refused',
      'refused',
    ]);
    expect(main.exits).toBe(0);
    expect(main.logs).toContain('warn operator unlock refused: no-pin');
  } finally {
    main.dispose();
  }
});

test('in window mode (rehearsal) with no PIN the overlay opens and sets the first PIN, in its own file', async ({
  page,
}) => {
  const main = await startMain({ settings: { mode: 'window' } });
  await openView(page, main);
  await tapCorner(page, 5);
  await typePin(page, '000000');
  const warning = page.getByTestId('no-pin-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('--set-pin');
  await page.screenshot({ path: test.info().outputPath('no-pin-panel.png') });

  // Setting one from the panel: typed twice, stored by main as a hash in operator-pin.json.
  await page.getByTestId('operator-set-pin').click();
  await typePin(page, '12345');
  await expect(page.getByTestId('pin-message')).toHaveText(/6 to 12 digits/);
  await typePin(page, PIN);
  await expect(page.getByTestId('set-pin')).toContainText('Confirm');
  await typePin(page, '480006');
  await expect(page.getByTestId('pin-message')).toHaveText(/differ/);
  await typePin(page, PIN);
  await typePin(page, PIN);
  await expect(page.getByTestId('operator-message')).toHaveText('New PIN saved.');
  await expect(warning).toHaveCount(0);
  const saved = JSON.parse(await readFile(join(main.userData, PIN_FILE_NAME), 'utf8'));
  expect(saved.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(saved)).not.toContain(PIN);
  expect(await page.content()).not.toContain(saved.hash);
  await expect(readFile(join(main.userData, 'settings.json'))).rejects.toThrow(/ENOENT/);

  // From now on the new PIN is needed.
  await page.getByTestId('operator-close').click();
  await tapCorner(page, 5);
  await typePin(page, '000000');
  await expect(page.getByTestId('pin-message')).toHaveText(/Wrong PIN/);
  await typePin(page, PIN);
  await expect(page.getByTestId('operator-panel')).toBeVisible();
  await expect(page.getByTestId('no-pin-warning')).toHaveCount(0);
  main.dispose();
});
