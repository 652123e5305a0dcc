import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Mode } from '../../src/shared/deck';

export const MAIN = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'index.js');

export interface LaunchOptions {
  /** `--mode` for the app; `window` unless given (a normal window, no kiosk lock). */
  mode?: Mode;
  /** Reuse a user-data folder (e.g. a second instance); a fresh temp folder otherwise. */
  userData?: string;
}

/** The command line the app gets: main script, user data, mode, then the extra flags. */
export function appArgs(userData: string, mode: Mode, args: string[] = []): string[] {
  return [MAIN, `--user-data-dir=${userData}`, '--mode', mode, ...args];
}

/** Launches the built app with a fresh user-data folder; returns the app and its first window. */
export async function launchApp(
  executablePath: string,
  args: string[] = [],
  options: LaunchOptions = {},
): Promise<{ app: ElectronApplication; window: Page; userData: string }> {
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'showcase-user-')));
  const app = await _electron.launch({ executablePath, args: appArgs(userData, options.mode ?? 'window', args) });
  const window = await app.firstWindow();
  await window.locator('[data-testid=slide]').first().waitFor();
  return { app, window, userData };
}

/**
 * Ends the app whatever its mode. Playwright's `close()` asks the app to quit, which kiosk mode
 * refuses on purpose (only the operator overlay may quit it), so this exits the process from
 * main first and then lets Playwright tidy up.
 */
export async function closeApp(app: ElectronApplication): Promise<void> {
  const child = app.process();
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => {
      child.once('exit', () => done());
      if (child.exitCode !== null || child.signalCode !== null) done();
    });
    await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
    await exited;
  }
  await app.close().catch(() => undefined);
}
