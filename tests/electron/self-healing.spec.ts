/**
 * Self-healing: a renderer that dies is reloaded by main, and since the deck state lives in
 * main the view comes back on the same slide and language. Playwright's Page object is dead
 * after a crash, so the reloaded view is read through main (`executeJavaScript`).
 */
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireElectron } from './electron-binary';
import { closeApp, launchApp } from './launch';

interface Probe {
  loads: number;
  gone: string[];
}
const probe = () => (globalThis as unknown as { selfHealingProbe: Probe }).selfHealingProbe;

test.describe('Electron self-healing', () => {
  test('a crashed renderer comes back on the same slide and language within 2 s', async () => {
    const executablePath = requireElectron();
    // A long idle wait: the visitor's slide must not be reset by the idle return meanwhile.
    const { app, window: view, userData } = await launchApp(executablePath, ['--idle-seconds', '3600']);
    try {
      await view.evaluate(async () => {
        await window.showcase.command({ type: 'goto', index: 2 });
        await window.showcase.command({ type: 'setLocale', locale: 'ru' });
      });
      await expect(view.locator('.app')).toHaveAttribute('data-slide-index', '2');
      await expect(view.locator('.app')).toHaveAttribute('data-locale', 'ru');

      // Watch from main: the crash and the reload that follows it.
      await app.evaluate(({ BrowserWindow }) => {
        const state: Probe = { loads: 0, gone: [] };
        (globalThis as unknown as { selfHealingProbe: Probe }).selfHealingProbe = state;
        const contents = BrowserWindow.getAllWindows()[0].webContents;
        contents.on('render-process-gone', (_event, details) => state.gone.push(details.reason));
        contents.on('did-finish-load', () => state.loads++);
      });
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.forcefullyCrashRenderer());

      await expect.poll(() => app.evaluate(() => probe().gone.length), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => app.evaluate(() => probe().loads), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);

      const readView = () =>
        app.evaluate(({ BrowserWindow }) =>
          BrowserWindow.getAllWindows()[0].webContents.executeJavaScript(`(() => {
            const el = document.querySelector('.app');
            return el ? { index: el.getAttribute('data-slide-index'), locale: el.getAttribute('data-locale') } : null;
          })()`),
        );
      await expect.poll(readView, { timeout: 2_000, intervals: [50, 100, 200] }).toEqual({ index: '2', locale: 'ru' });

      // Still one window, and the crash is on disk for the crash-loop policy across relaunches.
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      const history: unknown = JSON.parse(await readFile(join(userData, 'crash-history.json'), 'utf8'));
      expect(history).toEqual([expect.any(Number)]);
    } finally {
      await closeApp(app);
    }
  });
});
