/**
 * Kiosk mode: no menu, no DevTools, and the quit and escape keys do not close the window.
 * Keys are sent through main's `sendInputEvent`, the way real keyboard input reaches a page.
 */
import { test, expect, type ElectronApplication } from '@playwright/test';
import { requireElectron } from './electron-binary';
import { closeApp, launchApp } from './launch';

type Key = { keyCode: string; modifiers?: ('alt' | 'control' | 'meta' | 'shift')[] };

/** Presses a key (down, char, up) in the first window from main. */
async function press(app: ElectronApplication, key: Key): Promise<void> {
  await app.evaluate(({ BrowserWindow }, k) => {
    const contents = BrowserWindow.getAllWindows()[0].webContents;
    for (const type of ['keyDown', 'keyUp'] as const) contents.sendInputEvent({ type, ...k });
  }, key);
}

const windowState = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({
      destroyed: w.isDestroyed(),
      visible: w.isVisible(),
      kiosk: w.isKiosk(),
      devTools: w.webContents.isDevToolsOpened(),
    })),
  );

test.describe('Electron kiosk mode', () => {
  test('no application menu', async () => {
    const executablePath = requireElectron();
    const { app } = await launchApp(executablePath, [], { mode: 'kiosk' });
    try {
      expect(await app.evaluate(({ Menu }) => Menu.getApplicationMenu() === null)).toBe(true);
    } finally {
      await closeApp(app);
    }
  });

  test('DevTools cannot be opened, by F12, Ctrl+Shift+I or from code', async () => {
    const executablePath = requireElectron();
    const { app, window: view } = await launchApp(executablePath, [], { mode: 'kiosk' });
    try {
      await press(app, { keyCode: 'F12' });
      await press(app, { keyCode: 'I', modifiers: ['control', 'shift'] });
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.openDevTools());
      await view.waitForTimeout(1_000);
      expect(
        await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.isDevToolsOpened()),
      ).toBe(false);
    } finally {
      await closeApp(app);
    }
  });

  test('Alt+F4, Ctrl+Q and Esc do not close the window', async () => {
    const executablePath = requireElectron();
    const { app, window: view } = await launchApp(executablePath, [], { mode: 'kiosk' });
    try {
      const before = await windowState(app);
      expect(before).toEqual([{ destroyed: false, visible: true, kiosk: true, devTools: false }]);
      await press(app, { keyCode: 'F4', modifiers: ['alt'] });
      await press(app, { keyCode: 'Q', modifiers: ['control'] });
      await press(app, { keyCode: 'Q', modifiers: ['meta'] });
      await press(app, { keyCode: 'Escape' });
      await view.waitForTimeout(1_000);
      expect(await windowState(app)).toEqual(before);
      expect(app.process().exitCode).toBeNull();
      // The page is alive and still ours.
      expect(await view.evaluate(() => document.querySelectorAll('[data-testid=slide]').length)).toBeGreaterThan(0);
    } finally {
      await closeApp(app);
    }
  });

  test('a plain quit request is refused in kiosk mode', async () => {
    const executablePath = requireElectron();
    const { app, window: view } = await launchApp(executablePath, [], { mode: 'kiosk' });
    try {
      await app.evaluate(({ app: electronApp }) => electronApp.quit());
      await view.waitForTimeout(1_000);
      expect(app.process().exitCode).toBeNull();
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await closeApp(app);
    }
  });
});
