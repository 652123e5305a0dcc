/**
 * A bad user settings file: the problem is named (file and key), the defaults stay in force in
 * the running kiosk, the operator overlay lists the problem, the file is never rewritten — and
 * the operator PIN, in its own file, is not dropped with it.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openView } from './fixtures';
import { REPO, startMain, type MainBridge } from '../../harness/main-bridge';
import { userDataWithPin } from '../support/pin-seed';
import { loadSettings } from '../../src/main/settings';
import { formatProblem } from '../../src/shared/content';

const DEFAULTS_FILE = join(REPO, 'resources', 'settings.default.json');
const BAD = '{ "idleSeconds": "soon", "mode": "kiosk" }\n';
/** Stored by the harness in <userData>/operator-pin.json before main starts, as `--set-pin` does (tests/support/pin-seed.ts). */
const PIN = '246810';

test.use({ hasTouch: true });

async function badUserFile(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'settings-')), 'settings.json');
  await writeFile(file, text);
  return file;
}

async function openOverlay(page: Page): Promise<void> {
  await page.keyboard.press('Control+Alt+Shift+KeyO');
  await expect(page.getByTestId('pin-submit')).toBeEnabled(); // the pad is on screen: keys reach it
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('operator-panel')).toBeVisible();
}

test('a bad settings.json is named, ignored, shown on the overlay and left byte-identical', async ({ page }) => {
  const file = await badUserFile(BAD);
  const before = await readFile(file);
  const loaded = await loadSettings({ defaultsFile: DEFAULTS_FILE, userFile: file, argv: [] });

  const idle = loaded.problems.find((p) => p.file === 'settings.json' && p.path === 'idleSeconds');
  expect(idle, JSON.stringify(loaded.problems)).toBeDefined();
  expect(idle!.severity).toBe('error');
  // The whole file was ignored (the loader says so in a warning).
  expect(loaded.problems).toContainEqual(
    expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/was ignored/) }),
  );
  const defaults = JSON.parse(await readFile(DEFAULTS_FILE, 'utf8'));
  expect(loaded.settings.idleSeconds).toBe(defaults.idleSeconds);

  let main: MainBridge | null = null;
  try {
    main = await startMain({
      settings: loaded.settings,
      settingsProblems: loaded.problems,
      userData: await userDataWithPin(PIN),
    });
    await openView(page, main);
    await expect(page.locator('.app')).toHaveAttribute('data-phase', 'attract');

    // The default idle time is in force: a visitor keeps the screen for the full default.
    await page.touchscreen.tap(960, 520);
    await expect(page.locator('.app')).toHaveAttribute('data-phase', 'interactive');
    main.clock.advance(defaults.idleSeconds * 1000 - 1000);
    // Main's state first, read synchronously (its idle timer ran inside advance); then the page.
    expect(main.controller.getState().phase).toBe('interactive');
    await expect(page.getByTestId('countdown')).toHaveCount(0);
    main.clock.advance(1000);
    expect(main.controller.getState().phase).toBe('countdown');
    await expect(page.getByTestId('countdown')).toBeVisible();
    main.clock.advance(defaults.countdownSeconds * 1000);
    await expect(page.locator('.app')).toHaveAttribute('data-phase', 'attract');

    await openOverlay(page);
    // Settings problems are their own group (the operator panel words them for people).
    const listed = page.getByTestId('problem-group-settings');
    await expect(listed.getByRole('heading')).toContainText('settings.json');
    await expect(listed).toContainText('idleSeconds');
    await expect(listed).toContainText('this file was ignored');
    expect(formatProblem(idle!)).toMatch(/^settings\.json:idleSeconds: /);
    // Settings problems are not content problems.
    await expect(page.getByTestId('problem-group-failed')).toHaveCount(0);
    await expect(page.getByTestId('problem-group-playing')).toHaveCount(0);
    // Reloading content does not touch settings either.
    await page.getByTestId('operator-reload').click();
    await expect(page.getByTestId('result-content')).toHaveText('Reloaded: the built-in deck is playing.');
  } finally {
    main?.dispose();
  }
  expect(await readFile(file)).toEqual(before);
});

test('a broken settings.json neither drops the PIN nor is touched when the PIN changes', async ({ page }) => {
  // As the app starts: the PIN set earlier, then settings.json broken, then loaded.
  const userData = await userDataWithPin(PIN);
  const file = join(userData, 'settings.json');
  await writeFile(file, BAD);
  const before = await readFile(file);
  const loaded = await loadSettings({ defaultsFile: DEFAULTS_FILE, userFile: file, argv: [] });
  // The whole file was ignored (the loader says so in a warning).
  expect(loaded.problems).toContainEqual(
    expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/was ignored/) }),
  );
  const main = await startMain({ settings: loaded.settings, settingsProblems: loaded.problems, userData });
  try {
    await openView(page, main);
    // A wrong PIN is still wrong: the kiosk did not fall open.
    await page.keyboard.press('Control+Alt+Shift+KeyO');
    await expect(page.getByTestId('pin-submit')).toBeEnabled(); // the pad is on screen: keys reach it
    await page.keyboard.type('135790');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pin-message')).toHaveText(/Wrong PIN/);
    await page.getByTestId('pin-cancel').click();
    await openOverlay(page);
    await page.getByTestId('operator-set-pin').click();
    for (let i = 0; i < 2; i++) {
      await expect(page.getByTestId('pin-submit')).toBeEnabled();
      await page.keyboard.type('975310');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('operator-message')).toHaveText('New PIN saved.');
    expect(await readFile(file)).toEqual(before);
  } finally {
    main.dispose();
  }
});

test('bad files of every kind leave the defaults and the file as they were', async () => {
  const cases: Array<[string, RegExp]> = [
    [BAD, /idleSeconds/],
    ['{ "idleSeconds": 30, }', /invalid JSON at line 1, column/],
    ['{ "idelSeconds": 30 }', /did you mean "idleSeconds"/],
    ['[60]', /expected an object/],
  ];
  const defaults = JSON.parse(await readFile(DEFAULTS_FILE, 'utf8'));
  for (const [text, problem] of cases) {
    const file = await badUserFile(text);
    const loaded = await loadSettings({ defaultsFile: DEFAULTS_FILE, userFile: file, argv: [] });
    expect(loaded.problems.map(formatProblem).join('\n'), text).toMatch(problem);
    expect(
      loaded.problems.every((p) => p.file === 'settings.json'),
      text,
    ).toBe(true);
    expect(loaded.settings, text).toEqual({ ...defaults });
    expect(await readFile(file, 'utf8'), text).toBe(text);
  }
});
