/**
 * One instance: a second launch with the same user data hands over to the first (which comes
 * forward) and exits by itself without opening a window.
 */
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { requireElectron } from './electron-binary';
import { appArgs, closeApp, launchApp, spawnArgs } from './launch';

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

test.describe('Electron single instance', () => {
  test('a second launch exits and the first window gets focus', async () => {
    const executablePath = requireElectron();
    const { app, userData } = await launchApp(executablePath);
    try {
      // Count focus() calls on windows (app.ts focuses the first window on 'second-instance').
      await app.evaluate(({ BrowserWindow }) => {
        const counter = { calls: 0 };
        (globalThis as unknown as { focusSpy: typeof counter }).focusSpy = counter;
        const original = BrowserWindow.prototype.focus;
        BrowserWindow.prototype.focus = function (this: InstanceType<typeof BrowserWindow>) {
          counter.calls++;
          return original.call(this);
        };
      });

      expect(await secondInstance(executablePath, userData)).toBe(0);

      await expect
        .poll(() => app.evaluate(() => (globalThis as unknown as { focusSpy: { calls: number } }).focusSpy.calls))
        .toBeGreaterThanOrEqual(1);
      expect(app.windows()).toHaveLength(1);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await closeApp(app);
    }
  });
});
