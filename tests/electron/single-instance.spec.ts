/**
 * One instance: a second launch with the same user data hands over to the first (which comes
 * forward: the presenter's window when there is one) and exits by itself without opening a window.
 */
import { test, expect, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { requireElectron } from './electron-binary';
import { appArgs, closeApp, launchApp, spawnArgs, viewByRole } from './launch';

/** Runs the binary once more with the same user data; resolves with its exit code. */
function secondInstance(executablePath: string, userData: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    // Unlike _electron.launch, a bare spawn gets no --no-sandbox on Linux: add it (see spawnArgs).
    const child = spawn(executablePath, spawnArgs(appArgs(userData, 'window')), { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the second instance did not exit within 30 s'));
    }, 30_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Records the `?role=` of every window main calls focus() on, from now on. */
async function spyOnFocus(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ BrowserWindow }) => {
    const focused: string[] = [];
    (globalThis as unknown as { focusSpy: string[] }).focusSpy = focused;
    const original = BrowserWindow.prototype.focus;
    BrowserWindow.prototype.focus = function (this: InstanceType<typeof BrowserWindow>) {
      focused.push(new URL(this.webContents.getURL()).searchParams.get('role') ?? '?');
      return original.call(this);
    };
  });
  return () => app.evaluate(() => (globalThis as unknown as { focusSpy: string[] }).focusSpy);
}

test.describe('Electron single instance', () => {
  test('a second launch exits and the first window gets focus', async () => {
    const executablePath = requireElectron();
    const { app, userData } = await launchApp(executablePath);
    try {
      const focused = await spyOnFocus(app);
      expect(await secondInstance(executablePath, userData)).toBe(0);
      await expect.poll(focused).toContain('audience');
      expect(app.windows()).toHaveLength(1);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await closeApp(app);
    }
  });

  test('in present mode a second launch brings the presenter window forward, not the audience', async () => {
    const executablePath = requireElectron();
    const { app, userData } = await launchApp(executablePath, [], { mode: 'present' });
    try {
      // Both windows shown (the presenter focuses itself once at ready-to-show), then watch.
      await (await viewByRole(app, 'presenter')).locator('[data-testid=presenter]').waitFor();
      // windows.ts shows and then focuses the presenter in one ready-to-show handler: once both
      // are visible, that focus() is behind us and cannot be mistaken for the hand-over's.
      await expect
        .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible())))
        .toEqual([true, true]);
      const focused = await spyOnFocus(app);
      expect(await secondInstance(executablePath, userData)).toBe(0);
      await expect.poll(focused).toContain('presenter');
      expect(await focused()).not.toContain('audience');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
    } finally {
      await closeApp(app);
    }
  });
});
