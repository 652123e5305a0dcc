/**
 * The operator panel, status first (issue 16 item 1), in real Chromium at 1920×1080 over main's
 * real core: fits one screen without scrolling when all is fine, after a fallback and out of
 * service; the status line per state; problems grouped by pack, slides counted from 1 with the
 * failing pack's own titles, validator words said for people; results beside their buttons;
 * every control at least 44×44 px; what the operator sets survives 5 minutes of idle on main's
 * manual clock; jump when closed says why; open-now / close-now.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HARNESS_ORIGIN, startMain, type MainBridge, type StartOptions } from '../../harness/main-bridge';
import { brokenCopyOfBundled, OPERATOR_PIN, openOperatorPanel } from '../support/operator-fixtures';
import { userDataWithPin } from '../support/pin-seed';

test.use({ viewport: { width: 1920, height: 1080 } });

let main: MainBridge;
test.afterEach(() => main?.dispose());

async function panelWith(page: Page, options: StartOptions = {}): Promise<void> {
  main = await startMain({ settings: { mode: 'kiosk' }, userData: await userDataWithPin(OPERATOR_PIN), ...options });
  await main.attach(page);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  // A slide, or the closed / out-of-service screen.
  await page.locator('[data-testid=slide], [data-testid^=status-]').first().waitFor();
  await openOperatorPanel(page);
}

/** The panel's card does not scroll: everything is on the one screen. */
async function fitsWithoutScrolling(page: Page): Promise<{ scroll: number; client: number }> {
  return page.getByTestId('operator-panel').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
}

/** Every button, link and input in the panel at least 44×44 CSS px; returns the ones that are not. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.getByTestId('operator-panel').evaluate((panel) =>
    [...panel.querySelectorAll('button, a, input, select, [role=button]')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.textContent?.trim()} ${box.width}×${box.height}`),
  );
}

test('all fine: green status line, fits 1920×1080 without scrolling, every target ≥ 44 px, version and device', async ({
  page,
}) => {
  await panelWith(page);
  const line = page.getByTestId('operator-status-line');
  await expect(line).toHaveAttribute('data-tone', 'ok');
  await expect(line).toHaveText('All fine: the built-in deck is playing (12 slides).');
  const { scroll, client } = await fitsWithoutScrolling(page);
  expect(scroll).toBeLessThanOrEqual(client);
  expect(await smallTargets(page)).toEqual([]);
  await expect(page.getByTestId('health-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByTestId('health-device')).not.toBeEmpty();
  // No internal words anywhere on the panel.
  const text = (await page.getByTestId('operator-panel').textContent()) ?? '';
  for (const word of ['attract', 'fallback', 'out-of-service', 'chery-global-2020']) expect(text).not.toContain(word);
});

test('the 44 px check catches a small button (control)', async ({ page }) => {
  await panelWith(page);
  await page.getByTestId('operator-reload').evaluate((el) => {
    (el as HTMLElement).style.cssText = 'min-block-size: 0; min-inline-size: 0; block-size: 30px; padding: 0';
  });
  expect(await smallTargets(page)).toHaveLength(1);
});

test('a broken pack: amber line naming the folder that failed, problems grouped, slides from 1 with titles, words for people', async ({
  page,
}) => {
  const broken = brokenCopyOfBundled();
  const settingsProblems = [
    { file: 'settings.json', path: 'idleSeconds', message: 'Too small: expected number to be >=5', severity: 'error' as const },
  ];
  await panelWith(page, { contentDir: broken, settingsProblems });
  const line = page.getByTestId('operator-status-line');
  await expect(line).toHaveAttribute('data-tone', 'warn');
  await expect(line).toContainText(
    `Your pack at ${broken} has 4 problems — the built-in deck is playing. Fix deck.json, then Reload.`,
  );
  await expect(line).toContainText('settings.json has 1 problem');

  const failed = page.getByTestId('problem-group-failed');
  await expect(failed.getByRole('heading')).toHaveText(`Your pack at ${broken} — not playing`);
  const problems = failed.getByTestId('problem');
  await expect(problems).toHaveCount(4);
  // slides[7] is "Slide 8", titled from the broken pack itself; zod's words are not shown.
  await expect(problems.nth(3)).toHaveText(
    /^Slide 8 · Russia: a favourite Chinese brand\s*durationSeconds\s*should be a number, but it is text$/,
  );
  await expect(problems.nth(0)).toContainText('Slide 1 · Chery: twenty years of going global');
  await expect(problems.nth(0)).toContainText('must be at least 2');
  await expect(page.getByTestId('operator-panel')).not.toContainText('Invalid input');
  await expect(page.getByTestId('operator-panel')).not.toContainText('slides[');
  // Settings have their own group; the bundled pack (playing, no problems) none.
  await expect(page.getByTestId('problem-group-settings')).toContainText('idleSeconds');
  await expect(page.getByTestId('problem-group-settings')).toContainText('must be at least 5');
  await expect(page.getByTestId('problem-group-playing')).toHaveCount(0);

  const { scroll, client } = await fitsWithoutScrolling(page);
  expect(scroll).toBeLessThanOrEqual(client);
  expect(await smallTargets(page)).toEqual([]);

  // Reload: its answer shows beside Reload, not somewhere else.
  await page.getByTestId('operator-reload').click();
  await expect(page.getByTestId('result-content')).toHaveText('Reloaded, but the pack still has problems (see the list).');
  const reload = await page.getByTestId('operator-reload').boundingBox();
  const result = await page.getByTestId('result-content').boundingBox();
  expect(Math.abs(result!.y - (reload!.y + reload!.height))).toBeLessThan(40);
  await expect(page.getByTestId('result-export')).toBeEmpty();
});

test('out of service: red line in plain words, no language heading left blank, no jump list, fits', async ({ page }) => {
  await panelWith(page);
  main.core.holdOutOfService('the audience view crashed 3 times in 10 min');
  await page.getByTestId('operator-close').click();
  await openOperatorPanel(page);
  const line = page.getByTestId('operator-status-line');
  await expect(line).toHaveAttribute('data-tone', 'error');
  await expect(line).toContainText('Nothing is playing: the display stopped working several times in a row.');
  await expect(page.getByTestId('operator-slides')).toHaveCount(0);
  await expect(page.getByTestId('operator-languages')).toHaveCount(0);
  await expect(page.getByTestId('operator-playback')).toHaveText('No slides can be shown while nothing is playing.');
  const { scroll, client } = await fitsWithoutScrolling(page);
  expect(scroll).toBeLessThanOrEqual(client);
  // Try again lifts the hold.
  await page.getByTestId('operator-reload').click();
  await expect(line).toHaveAttribute('data-tone', 'ok');
  expect(main.core.isHeldOutOfService()).toBe(false);
});

test('a chosen slide, language and pause survive 5 minutes of idle (main’s clock); without pause they do not (control)', async ({
  page,
}) => {
  await panelWith(page);
  await page.getByTestId('operator-slides').getByRole('button').nth(6).click();
  await expect(page.getByTestId('result-jump')).toHaveText('Showing slide 7.');
  await page.getByTestId('operator-languages').getByRole('button', { name: 'Русский' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-locale', 'ru');
  // The panel is open: no idle return behind it, even unpaused.
  main.clock.advance(5 * 60_000);
  expect(main.controller.getState()).toMatchObject({ index: 6, locale: 'ru', phase: 'interactive' });
  await page.getByTestId('operator-pause').click();
  await expect(page.getByTestId('result-playback')).toHaveText(/^Paused/);
  await page.getByTestId('operator-close').click();
  main.clock.advance(5 * 60_000);
  expect(main.controller.getState()).toMatchObject({ index: 6, locale: 'ru', paused: true });
  await expect(page.locator('.app')).toHaveAttribute('data-slide-index', '6');

  // Control: resumed, panel closed, the idle return happens.
  await openOperatorPanel(page);
  await page.getByTestId('operator-resume').click();
  await expect(page.getByTestId('operator-pause')).toBeVisible();
  await page.getByTestId('operator-close').click();
  main.clock.advance(60_000 + 10_000 + 500); // the idle wait, then the countdown
  expect(main.controller.getState()).toMatchObject({ index: 0, locale: 'en', phase: 'attract' });
});

test('closed by the hours: jump says why, Open now opens until the next change, shown in status; Follow the hours closes again', async ({
  page,
}) => {
  await panelWith(page, {
    settings: { mode: 'kiosk', openingHours: { open: '09:00', close: '17:00', days: [0, 1, 2, 3, 4, 5, 6] } },
    now: new Date(2026, 0, 2, 19, 30).getTime(),
  });
  await expect(page.getByTestId('operator-status-line')).toContainText('Closed by the opening hours; opens again tomorrow at 09:00.');
  await page.getByTestId('operator-slides').getByRole('button').nth(3).click();
  await expect(page.getByTestId('result-jump')).toHaveText(
    'The screen is closed, so no slide can be shown. Press Open now first.',
  );
  expect(main.controller.getState().phase).toBe('closed');

  await page.getByTestId('hours-open-now').click();
  await expect(page.getByTestId('result-hours')).toHaveText('Open now. Visitors see the slides.');
  expect(main.controller.getState().phase).toBe('attract');
  await expect(page.getByTestId('operator-status-line')).toContainText('Opened by hand until 09:00, then the opening hours apply again.');
  await page.getByTestId('operator-slides').getByRole('button').nth(3).click();
  await expect(page.locator('.app')).toHaveAttribute('data-slide-index', '3');
  // Still open minutes later (within the panel's unlock); the override holds until 09:00.
  main.clock.advance(4 * 60_000);
  expect(main.controller.getState().phase).not.toBe('closed');

  await page.getByTestId('hours-follow').click();
  await expect(page.getByTestId('result-hours')).toHaveText('The opening hours apply again.');
  expect(main.controller.getState().phase).toBe('closed');
});

test('close now during opening hours, until closing time; then the schedule takes over', async ({ page }) => {
  await panelWith(page, {
    settings: { mode: 'kiosk', openingHours: { open: '09:00', close: '17:00', days: [0, 1, 2, 3, 4, 5, 6] } },
    now: new Date(2026, 0, 2, 15, 0).getTime(),
  });
  await page.getByTestId('hours-close-now').click();
  await expect(page.getByTestId('result-hours')).toHaveText('Closed now. Visitors see the closed screen.');
  expect(main.controller.getState().phase).toBe('closed');
  await expect(page.getByTestId('hours-line')).toHaveText('Closed by hand until 17:00, then the opening hours apply again.');
  main.clock.advance(2 * 60 * 60_000 + 1000);
  await page.getByTestId('operator-close').click();
  await openOperatorPanel(page);
  await expect(page.getByTestId('hours-line')).toHaveText(/^Closed by the opening hours; opens again tomorrow at 09:00\.$/);
});

test('export to a USB drive main lists, beside its button; a drive it does not list is refused', async ({ page }) => {
  const { mkdtempSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const drive = mkdtempSync(join(tmpdir(), 'showcase-usb-'));
  await panelWith(page, { exportDrives: () => [drive] });
  await page.getByTestId('export-drive').click();
  await expect(page.getByTestId('result-export')).toHaveText(new RegExp(`rows? saved to ${drive}/analytics-.*\\.csv$`));
  expect(readdirSync(drive).filter((f) => f.endsWith('.csv'))).toHaveLength(1);
  const refused = await page.evaluate(() =>
    window.showcase.operatorAction({ type: 'exportAnalytics', drive: '/etc' }).then((r) => r.ok),
  );
  expect(refused).toBe(false);
});
