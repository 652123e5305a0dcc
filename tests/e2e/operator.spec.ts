/**
 * The operator overlay in real Chromium over main's real core, with a PIN set: the hidden
 * gesture, PIN checked in main with a persisted rate limit, the panel's controls, and the PIN
 * hash never reaching the page. A kiosk without a PIN is in operator-no-pin.spec.ts; the ways the
 * pad opens (and stays open) in operator-open.spec.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openView } from './fixtures';
import { startMain, type MainBridge } from '../../harness/main-bridge';
import { userDataWithPin } from '../support/pin-seed';
import { PIN, tapCorner, typePin } from '../support/pin-pad';
import { PIN_FILE_NAME } from '../../src/main/pin-store';

const slideIndex = (page: Page) => page.locator('.app').getAttribute('data-slide-index');

test.describe('with a PIN set', () => {
  let main: MainBridge;
  test.beforeEach(async ({ page }) => {
    main = await startMain({ settings: { mode: 'kiosk' }, userData: await userDataWithPin(PIN) });
    await page.clock.install(); // the pad counts a lockout down on the page's clock
    await openView(page, main);
  });
  test.afterEach(() => main.dispose());

  test('five corner taps open the PIN pad; wrong PINs are refused, then locked out until main’s clock moves on', async ({
    page,
  }) => {
    await expect(page.getByTestId('pin-pad')).toHaveCount(0);
    await tapCorner(page, 5);
    await expect(page.getByTestId('pin-pad')).toBeVisible();

    // Touch entry on the pad's own keys; the display shows only dots.
    for (const d of '111111') await page.getByTestId('pin-pad').getByRole('button', { name: d, exact: true }).click();
    await expect(page.getByTestId('pin-display')).toHaveText('••••••');
    await page.getByTestId('pin-submit').click();
    await expect(page.getByTestId('pin-message')).toHaveText(/Wrong PIN\. 4 attempts left/);
    await expect(page.getByTestId('operator-panel')).toHaveCount(0);

    // Main refuses the operator calls from this window while it is locked.
    const refused = await page.evaluate(() =>
      Promise.all([
        window.showcase.operatorStatus().then(
          () => 'accepted',
          () => 'refused',
        ),
        window.showcase.operatorAction({ type: 'exit' }).then(
          () => 'accepted',
          () => 'refused',
        ),
      ]),
    );
    expect(refused).toEqual(['refused', 'refused']);
    expect(main.exits).toBe(0);

    for (const [wrong, left] of [
      ['222222', '3 attempts'],
      ['333333', '2 attempts'],
      ['444444', '1 attempt '],
    ]) {
      await typePin(page, wrong);
      // The exact count: proves this attempt's answer arrived, not the previous one's.
      await expect(page.getByTestId('pin-message')).toHaveText(new RegExp(`Wrong PIN\\. ${left}`));
    }
    await typePin(page, '555555');
    // The lockout's own look: minutes rounded up, every key disabled.
    await expect(page.getByTestId('pin-lockout')).toHaveText('Locked. Try again in 1 min.');
    await expect(page.getByTestId('pin-pad')).toHaveAttribute('data-locked', 'true');
    await expect(page.getByTestId('pin-pad').getByRole('button', { name: '5', exact: true })).toBeDisabled();
    await expect(page.getByTestId('pin-submit')).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath('pin-lockout.png') });
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pin-display')).toHaveText('Locked. Try again in 1 min.');
    // Even the right PIN fails during the lockout, sent straight to main.
    expect(await page.evaluate((pin) => window.showcase.unlockOperator(pin), PIN)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    await expect(page.getByTestId('operator-panel')).toHaveCount(0);
    expect(
      await page.evaluate(() =>
        window.showcase.operatorStatus().then(
          () => 'accepted',
          () => 'refused',
        ),
      ),
    ).toBe('refused');

    // The page counts down on its own clock: half-way it still says 1 min (rounded up), keys off.
    await page.clock.fastForward(30_000);
    await expect(page.getByTestId('pin-lockout')).toHaveText('Locked. Try again in 1 min.');
    await expect(page.getByTestId('pin-submit')).toBeDisabled();
    await page.keyboard.press('1'); // someone still there: the overlay's idle close starts over
    main.clock.advance(60_000);
    await page.clock.fastForward(30_000);
    await expect(page.getByTestId('pin-lockout')).toHaveCount(0);
    await expect(page.getByTestId('pin-display')).toHaveText(/digits/);
    await typePin(page, PIN);
    const panel = page.getByTestId('operator-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('operator-status-line')).toHaveAttribute('data-tone', 'ok');
    await expect(panel.getByTestId('content-problems')).toHaveText('No problems in the content.');
    await expect(panel.getByTestId('problem-group-settings')).toHaveCount(0);
    await expect(panel.getByTestId('health-log')).toHaveText(/main\.log$/);
    await expect(panel.getByTestId('no-pin-warning')).toHaveCount(0);
    // The PIN typed never stayed in the page, and the pad never hints at unset or default PINs.
    expect(await page.content()).not.toContain(PIN);
    expect(await page.content()).not.toMatch(/any (four|six) digits/i);
  });

  test('pause holds the loop, resume continues, jump to slide and language work, typing the PIN takes no slide', async ({
    page,
  }) => {
    const deck = main.content.snapshot.deck;
    // The keyboard chord: no touch, so the deck stays in its attract loop.
    await page.keyboard.press('Control+Alt+Shift+KeyO');
    await expect(page.getByTestId('pin-pad')).toBeVisible();
    await typePin(page, PIN);
    await expect(page.getByTestId('operator-panel')).toBeVisible();
    await expect(page.locator('.app')).toHaveAttribute('data-phase', 'attract');
    expect(await slideIndex(page)).toBe('0');
    expect(main.controller.getState().index).toBe(0);

    await page.getByTestId('operator-pause').click();
    await expect(page.getByTestId('operator-resume')).toBeVisible();
    main.clock.advance(deck.slides[0].durationSeconds * 1000 * 3);
    // Main's state first, read synchronously after the clock moved; then the page's view of it.
    expect(main.controller.getState().index).toBe(0);
    await expect(page.getByTestId('operator-playback')).toHaveText(/Slide 1 of 12 · playing by itself · paused/);

    await page.getByTestId('operator-resume').click();
    await expect(page.getByTestId('operator-pause')).toBeVisible();
    main.clock.advance(deck.slides[0].durationSeconds * 1000);
    await expect(page.locator('.app')).toHaveAttribute('data-slide-index', '1');

    await page.getByTestId('operator-slides').getByRole('button').nth(6).click();
    await expect(page.locator('.app')).toHaveAttribute('data-slide-id', deck.slides[6].id);
    await page.getByTestId('operator-languages').getByRole('button', { name: deck.localeNames.ru }).click();
    await expect(page.locator('.app')).toHaveAttribute('data-locale', 'ru');

    // Close locks main's side too.
    await page.getByTestId('operator-close').click();
    await expect(page.getByTestId('operator-overlay')).toHaveCount(0);
    expect(
      await page.evaluate(() =>
        window.showcase.operatorStatus().then(
          () => 'accepted',
          () => 'refused',
        ),
      ),
    ).toBe('refused');
  });

  test('exit asks first, then calls main’s exit once', async ({ page }) => {
    await tapCorner(page, 5);
    await typePin(page, PIN);
    await page.getByTestId('operator-exit').click();
    await expect(page.getByTestId('exit-confirm')).toBeVisible();
    expect(main.exits).toBe(0);
    await page.getByTestId('exit-confirm-yes').click();
    await expect.poll(() => main.exits).toBe(1);
  });

  test('the PIN hash and salt never reach the page', async ({ page }) => {
    const stored = JSON.parse(await readFile(join(main.userData, PIN_FILE_NAME), 'utf8'));
    await tapCorner(page, 5);
    await typePin(page, PIN);
    await expect(page.getByTestId('operator-panel')).toBeVisible();
    await page.getByTestId('operator-export').click();
    await expect(page.getByTestId('result-export')).toHaveText(/rows? saved to/);
    const seen = await page.evaluate(async (pin) => {
      const api = window.showcase;
      return JSON.stringify([
        await api.getDeck(),
        await api.operatorStatus(),
        await api.operatorAction({ type: 'pause' }),
        await api.operatorAction({ type: 'resume' }),
        await api.command({ type: 'next' }),
        await api.unlockOperator(pin),
        await api.unlockOperator('000000'),
      ]);
    }, PIN);
    const html = await page.content();
    for (const secret of [stored.hash, stored.salt, stored.hash.slice(0, 16), stored.salt.slice(0, 16)]) {
      expect(seen).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    expect(seen).toContain('"pinSet":true');
  });
});
