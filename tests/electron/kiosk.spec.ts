/**
 * Kiosk mode: no menu, no DevTools, the quit and escape keys do not close the window, and the
 * operator's Exit (PIN set through the real CLI, unlocked through the real overlay) ends the
 * process. Keys are sent through main's `sendInputEvent`, the way real keyboard input reaches a page.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { requireElectron } from './electron-binary';
import { closeApp, freshUserData, launchApp, setPinByCli } from './launch';

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

// Six digits: the --set-pin CLI asks for 6 or more.
const PIN = '135790';

/** Opens the operator panel the way an operator does: five taps on the hidden corner, then the PIN. */
async function unlockOperator(view: Page, pin: string): Promise<void> {
  const box = await view.getByTestId('operator-hotspot').boundingBox();
  if (!box) throw new Error('no operator hotspot');
  for (let i = 0; i < 5; i++) await view.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(view.getByTestId('pin-pad')).toBeVisible();
  await expect(view.getByTestId('pin-submit')).toBeEnabled();
  await view.keyboard.type(pin);
  await view.keyboard.press('Enter');
  await expect(view.getByTestId('operator-panel')).toBeVisible();
}

test.describe('Electron kiosk mode', () => {
  test('no application menu item at all, so View ▸ Toggle Full Screen is unreachable (darwin included)', async () => {
    const executablePath = requireElectron();
    const { app } = await launchApp(executablePath, [], { mode: 'kiosk' });
    try {
      // Judged by the items, not by `=== null`: on darwin `setApplicationMenu(null)` after ready
      // leaves Electron's default menu in place (lib/browser/api/menu.ts), so the app installs an
      // empty menu there instead; either way no item may remain.
      const menu = await app.evaluate(({ Menu }) => {
        const roles: string[] = [];
        const walk = (items: Electron.MenuItem[]): void => {
          for (const item of items) {
            roles.push(item.role ?? item.label);
            if (item.submenu) walk(item.submenu.items);
          }
        };
        const current = Menu.getApplicationMenu();
        if (current) walk(current.items);
        return { items: current?.items.length ?? 0, roles };
      });
      expect(menu).toEqual({ items: 0, roles: [] });
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

  test('operator Exit ends the process, though every window refuses a plain close', async () => {
    const executablePath = requireElectron();
    const userData = await freshUserData();
    // The PIN goes in through the real CLI (non-TTY stdin: first line), as an installer script would.
    await setPinByCli(executablePath, userData, PIN);
    const { app, window: view } = await launchApp(executablePath, [], { mode: 'kiosk', userData });
    try {
      await unlockOperator(view, PIN);
      await view.getByTestId('operator-exit').click();
      // The app may be gone before Playwright hears back from the click: that is the point.
      await view
        .getByTestId('exit-confirm-yes')
        .click()
        .catch((error: unknown) => {
          if (!/closed/i.test(String(error))) throw error;
        });
      // On Windows and macOS a `closable: false` window cancels app.quit() (electron/electron#5891),
      // so an Exit that only quits would leave this process running.
      const child = app.process();
      await expect
        .poll(() => ({ code: child.exitCode, signal: child.signalCode }), { timeout: 20_000 })
        .toEqual({ code: 0, signal: null });
    } finally {
      await closeApp(app);
    }
  });
});
