import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'index.js');

/** Launches the built app with a fresh user-data folder; returns the app and its first window. */
export async function launchApp(executablePath: string, args: string[] = []): Promise<{ app: ElectronApplication; window: Page; userData: string }> {
  const userData = await mkdtemp(join(tmpdir(), 'showcase-user-'));
  const app = await _electron.launch({ executablePath, args: [MAIN, `--user-data-dir=${userData}`, '--mode', 'window', ...args] });
  const window = await app.firstWindow();
  await window.locator('[data-testid=slide]').first().waitFor();
  return { app, window, userData };
}
