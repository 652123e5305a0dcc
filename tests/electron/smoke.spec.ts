import { test, expect } from '@playwright/test';
import { requireElectron } from './electron-binary';
import { closeApp, launchApp } from './launch';

test.describe('Electron smoke', () => {
  test('a window opens on the deck with only window.showcase exposed', async () => {
    const executablePath = requireElectron();
    const { app, window: view } = await launchApp(executablePath);
    try {
      expect(view.url()).toMatch(/^app:\/\/showcase\/index\.html/);
      const exposed = await view.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        showcase: Object.keys(window.showcase).sort(),
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        showcase: [
          'command',
          'getDeck',
          'lockOperator',
          'on',
          'operatorAction',
          'operatorStatus',
          'report',
          'unlockOperator',
        ],
      });
      // window.open returns only after main decided (see security.spec.ts); count in main, not
      // in Playwright's window list, which hears of new windows later.
      const opened = await view.evaluate(() => window.open('app://showcase/index.html') === null);
      expect(opened).toBe(true);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      // Navigation away is blocked (seen by main, so not vacuous): the page stays on app://.
      await app.evaluate(({ BrowserWindow }) => {
        const seen: string[] = [];
        (globalThis as unknown as { navigationsSeen: string[] }).navigationsSeen = seen;
        BrowserWindow.getAllWindows()[0].webContents.on('will-navigate', (details) => seen.push(details.url));
      });
      await view.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await expect
        .poll(() => app.evaluate(() => (globalThis as unknown as { navigationsSeen: string[] }).navigationsSeen))
        .toContain('https://example.com/');
      expect(view.url()).toMatch(/^app:\/\/showcase\//);
    } finally {
      await closeApp(app);
    }
  });
});
