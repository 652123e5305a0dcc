import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Mode } from '../../src/shared/deck';
import type { ViewRole } from '../../src/shared/ipc';
import { suiteBinary } from './electron-binary';

export const MAIN = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'index.js');

export interface LaunchOptions {
  /** `--mode` for the app; `window` unless given (a normal window, no kiosk lock). */
  mode?: Mode;
  /** Reuse a user-data folder (e.g. a second instance); a fresh temp folder otherwise. */
  userData?: string;
}

/** A fresh, empty user-data folder. */
export const freshUserData = (): Promise<string> => mkdtemp(join(tmpdir(), 'showcase-user-'));

/**
 * The main script argument: out/main/index.js for the dev binary; nothing for a packaged build
 * (SHOWCASE_E2E_APP), which loads its own app.asar.
 */
function mainScript(): string[] {
  const binary = suiteBinary();
  return binary.path !== null && binary.packaged ? [] : [MAIN];
}

/** The command line the app gets: main script, user data, mode, then the extra flags. */
export function appArgs(userData: string, mode: Mode, args: string[] = []): string[] {
  return [...mainScript(), `--user-data-dir=${userData}`, '--mode', mode, ...args];
}

/**
 * Arguments for a process this suite spawns itself (not through `_electron.launch`). On Linux
 * Playwright's launcher prepends `--no-sandbox` (playwright-core's Electron.launch, unless
 * `chromiumSandbox`): as root, or on Ubuntu 23.10+ where AppArmor forbids the unprivileged user
 * namespaces Chromium's sandbox needs, Electron aborts without it. Do the same here.
 */
export function spawnArgs(args: string[]): string[] {
  return process.platform === 'linux' ? ['--no-sandbox', ...args] : args;
}

/** The window showing `role`, told apart by the `?role=` of its URL (src/main/window-options.ts viewUrl). */
export async function viewByRole(app: ElectronApplication, role: ViewRole): Promise<Page> {
  const roleOf = (page: Page): string | null => {
    try {
      return new URL(page.url()).searchParams.get('role');
    } catch {
      return null; // about:blank before the first navigation
    }
  };
  await expect.poll(() => app.windows().some((w) => roleOf(w) === role), { timeout: 30_000 }).toBe(true);
  return app.windows().find((w) => roleOf(w) === role)!;
}

/**
 * Launches the built app with a fresh user-data folder; returns the app and its audience window
 * (picked by role, never "whichever window comes first": present mode opens two).
 */
export async function launchApp(
  executablePath: string,
  args: string[] = [],
  options: LaunchOptions = {},
): Promise<{ app: ElectronApplication; window: Page; userData: string }> {
  const userData = options.userData ?? (await freshUserData());
  const app = await _electron.launch({ executablePath, args: appArgs(userData, options.mode ?? 'window', args) });
  const window = await viewByRole(app, 'audience');
  await window.locator('[data-testid=slide]').first().waitFor();
  return { app, window, userData };
}

/**
 * Sets the operator PIN through the app's real CLI, as an installer script would:
 * `<electron> <main> --user-data-dir=X --set-pin` with the PIN as the first line of a non-TTY
 * stdin; the process exits 0 once the PIN's hash is stored in X/settings.json.
 */
export function setPinByCli(executablePath: string, userData: string, pin: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(executablePath, spawnArgs([...mainScript(), `--user-data-dir=${userData}`, '--set-pin']), {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`--set-pin did not exit within 30 s:\n${output}`));
    }, 30_000);
    child.once('error', fail);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`--set-pin exited with ${code}:\n${output}`));
    });
    child.stdin.end(`${pin}\n`);
  });
}

/** Resolves with the exit code once the app's process has ended (at once if it already has). */
export function processExit(app: ElectronApplication): Promise<number | null> {
  const child = app.process();
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

/**
 * Ends the app whatever its mode. Playwright's `close()` asks the app to quit, which kiosk mode
 * refuses on purpose (only the operator overlay may quit it), so this exits the process from
 * main first and then lets Playwright tidy up. Safe to call on an app that already exited.
 */
export async function closeApp(app: ElectronApplication): Promise<void> {
  const child = app.process();
  if (child.exitCode === null && child.signalCode === null) {
    const exited = processExit(app);
    await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
    await exited;
  }
  await app.close().catch(() => undefined);
}
