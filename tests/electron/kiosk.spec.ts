/**
 * Kiosk mode: no menu, no DevTools, the quit and escape keys do not close the window, and the
 * operator's Exit (PIN set through the real CLI, unlocked through the real overlay) ends the
 * process.
 *
 * Keys: `webContents.sendInputEvent` reaches the page but neither the window manager (Alt+F4) nor
 * menu accelerators (Ctrl+Q), so a test built on it passes with the lock removed. The lock lives in
 * main's `before-input-event` listener, which Electron runs "before dispatching the keydown and
 * keyup events in the page. Calling event.preventDefault will prevent the page keydown/keyup events
 * and the menu shortcuts" (docs/api/web-contents.md, Event: 'before-input-event'). So the tests run
 * the listeners main registered on the real window with a synthetic `Input`, and read whether the
 * key was swallowed; the control is the same keys in window mode, where the lock is off.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import type { Input } from 'electron';
import { requireElectron } from './electron-binary';
import { closeApp, freshUserData, launchApp, setPinByCli } from './launch';

type Chord = Pick<Input, 'key' | 'code'> & Partial<Pick<Input, 'alt' | 'control' | 'meta' | 'shift'>>;

/**
 * Runs the first window's real `before-input-event` listeners with a keyDown `Input` for `chord`
 * and returns whether any of them called `preventDefault()` (the key never reaches the page, the
 * menu or, for Alt+F4 on Windows, the default window procedure).
 */
async function swallowed(app: ElectronApplication, chord: Chord): Promise<boolean> {
  return app.evaluate(({ BrowserWindow }, c) => {
    const contents = BrowserWindow.getAllWindows()[0].webContents;
    const input = {
      type: 'keyDown',
      alt: false,
      control: false,
      meta: false,
      shift: false,
      isAutoRepeat: false,
      isComposing: false,
      location: 0,
      modifiers: [],
      ...c,
    };
    let prevented = false;
    const event = { preventDefault: () => void (prevented = true) };
    for (const listener of contents.listeners('before-input-event'))
      (listener as (e: unknown, i: unknown) => void)(event, input);
    return prevented;
  }, chord);
}

const KIOSK_EXITS: Array<[string, Chord]> = [
  ['Alt+F4', { key: 'F4', code: 'F4', alt: true }],
  ['Ctrl+Q', { key: 'q', code: 'KeyQ', control: true }],
  ['Cmd+Q', { key: 'q', code: 'KeyQ', meta: true }],
  ['Ctrl+W', { key: 'w', code: 'KeyW', control: true }],
  ['F11', { key: 'F11', code: 'F11' }],
];
const DEVTOOLS_KEYS: Array<[string, Chord]> = [
  ['F12', { key: 'F12', code: 'F12' }],
  ['Ctrl+Shift+I', { key: 'I', code: 'KeyI', control: true, shift: true }],
];

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
    const { app } = await launchApp(executablePath, [], { mode: 'kiosk' });
    try {
      for (const [name, chord] of DEVTOOLS_KEYS) expect(await swallowed(app, chord), name).toBe(true);
      // From code: the window is made with webPreferences.devTools false, and Electron's
      // WebContents::OpenDevTools returns at once when DevTools are disabled (`if
      // (!enable_devtools_) return;`, shell/browser/api/electron_api_web_contents.cc); when they are
      // enabled, ShowDevTools marks the view as showing before returning. So reading
      // isDevToolsOpened() in the same turn is final, with no wait.
      const opened = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0].webContents;
        contents.openDevTools();
        return contents.isDevToolsOpened();
      });
      expect(opened).toBe(false);
    } finally {
      await closeApp(app);
    }
  });

  test('Alt+F4, Ctrl/Cmd+Q, Ctrl+W and F11 are swallowed before the page and the menu; Esc passes', async () => {
    const executablePath = requireElectron();
    const { app, window: view } = await launchApp(executablePath, [], { mode: 'kiosk' });
    try {
      const before = await windowState(app);
      expect(before).toEqual([{ destroyed: false, visible: true, kiosk: true, devTools: false }]);
      for (const [name, chord] of KIOSK_EXITS) expect(await swallowed(app, chord), name).toBe(true);
      // Escape stays with the page (the PIN pad needs it); kiosk fullscreen does not listen to it.
      expect(await swallowed(app, { key: 'Escape', code: 'Escape' })).toBe(false);
      expect(await windowState(app)).toEqual(before);
      expect(app.process().exitCode).toBeNull();
      expect(await view.evaluate(() => document.querySelectorAll('[data-testid=slide]').length)).toBeGreaterThan(0);
    } finally {
      await closeApp(app);
    }
  });

  test('control: in window mode the lock is off, and the same keys pass through', async () => {
    const executablePath = requireElectron();
    const { app } = await launchApp(executablePath, [], { mode: 'window' });
    try {
      for (const [name, chord] of [...KIOSK_EXITS, ...DEVTOOLS_KEYS])
        expect(await swallowed(app, chord), name).toBe(false);
      // The operator chord is handled in every mode: the listener is there and does run.
      expect(await swallowed(app, { key: 'O', code: 'KeyO', control: true, alt: true, shift: true })).toBe(true);
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
