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
      const opened = await view.evaluate(() => window.open('app://showcase/index.html') === null);
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
      // Navigation away is blocked: the page stays on app://.
      await view.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await view.waitForTimeout(500);
      expect(view.url()).toMatch(/^app:\/\/showcase\//);
    } finally {
      await closeApp(app);
    }
  });
});
