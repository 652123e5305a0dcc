/**
 * What only real Electron can show about the security checklist: the hardened window, the
 * session's permission and request handlers, and the CSP header of the app:// protocol.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';
import { requireElectron } from './electron-binary';
import { closeApp, launchApp } from './launch';

let app: ElectronApplication | undefined;
let view: Page;

test.beforeEach(async () => {
  const executablePath = requireElectron();
  ({ app, window: view } = await launchApp(executablePath));
});

test.afterEach(async () => {
  if (app) await closeApp(app);
  app = undefined;
});

/** The app launched for the current test (only reached when Electron is present). */
const electronApp = (): ElectronApplication => {
  if (!app) throw new Error('the app did not launch');
  return app;
};

test.describe('Electron security', () => {
  test('window.open is denied and no new window appears', async () => {
    // Counted in main from before the calls: the renderer's window.open is a synchronous call into
    // the browser process, which runs the window-open handler and creates any window (and its
    // web contents) before window.open returns. So once it returned, the count is final.
    await electronApp().evaluate(({ app: electronApp }) => {
      const g = globalThis as unknown as { contentsCreated: number };
      g.contentsCreated = 0;
      electronApp.on('web-contents-created', () => void g.contentsCreated++);
    });
    const results = await view.evaluate(() => [
      window.open('app://showcase/index.html') === null,
      window.open('https://example.com/', '_blank') === null,
    ]);
    expect(results).toEqual([true, true]);
    expect(
      await electronApp().evaluate(({ BrowserWindow }) => ({
        windows: BrowserWindow.getAllWindows().length,
        contentsCreated: (globalThis as unknown as { contentsCreated: number }).contentsCreated,
      })),
    ).toEqual({ windows: 1, contentsCreated: 0 });
  });

  test('navigation to https is blocked and the page stays on app://', async () => {
    await electronApp().evaluate(({ BrowserWindow }) => {
      const seen: string[] = [];
      (globalThis as unknown as { navigationsSeen: string[] }).navigationsSeen = seen;
      BrowserWindow.getAllWindows()[0].webContents.on('will-navigate', (details) => seen.push(details.url));
    });
    // A marker in the page: if any navigation or reload happened, it would be gone.
    await view.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
      window.location.href = 'https://example.com/';
    });
    // main saw the attempt (so the check below is not vacuous) …
    await expect
      .poll(() =>
        electronApp().evaluate(() => (globalThis as unknown as { navigationsSeen: string[] }).navigationsSeen),
      )
      .toContain('https://example.com/');
    // `will-navigate` listeners run in order and main's guard, registered at window creation, runs
    // first and cancels synchronously: once the attempt is seen here, the decision is made.
    // … and the page is the very same document, still on our origin.
    expect(view.url()).toMatch(/^app:\/\/showcase\//);
    expect(await view.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  test('a permission request is denied', async () => {
    const answers = await view.evaluate(async () => ({
      notification: await Notification.requestPermission(),
      query: (await navigator.permissions.query({ name: 'notifications' })).state,
      geolocation: await new Promise<string>((done) =>
        navigator.geolocation.getCurrentPosition(
          () => done('granted'),
          (error) => done(error.code === error.PERMISSION_DENIED ? 'denied' : `error ${error.code}`),
          { timeout: 5_000 },
        ),
      ),
    }));
    expect(answers).toEqual({ notification: 'denied', query: 'denied', geolocation: 'denied' });
  });

  test('require and process are undefined in the page; only window.showcase is exposed', async () => {
    const globals = await view.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        electron: typeof w.electron,
        ipcRenderer: typeof w.ipcRenderer,
        showcase: typeof w.showcase,
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      electron: 'undefined',
      ipcRenderer: 'undefined',
      showcase: 'object',
    });
  });

  test('the CSP header is on app:// responses', async () => {
    const headers = await view.evaluate(async () => {
      const page = await fetch('/index.html');
      const missing = await fetch('/no-such-file.js');
      return {
        page: page.headers.get('content-security-policy'),
        missing: [missing.status, missing.headers.get('content-security-policy')],
      };
    });
    expect(headers).toEqual({ page: CONTENT_SECURITY_POLICY, missing: [404, CONTENT_SECURITY_POLICY] });
  });

  test('a request to https://example.com from the page fails', async () => {
    const outcome = await view.evaluate(() =>
      fetch('https://example.com/').then(
        (response) => `loaded ${response.status}`,
        (error: Error) => `failed: ${error.name}`,
      ),
    );
    expect(outcome).toBe('failed: TypeError');
  });

  test('the session cancels outside requests even where no CSP applies', async () => {
    // A hidden window loading https directly from main: no page CSP is involved, only the
    // session's request filter, so this proves the second layer on its own.
    const outcome = await electronApp().evaluate(async ({ BrowserWindow }) => {
      const probe = new BrowserWindow({ show: false });
      try {
        await probe.loadURL('https://example.com/');
        return 'loaded';
      } catch (error) {
        return String(error);
      } finally {
        probe.destroy();
      }
    });
    expect(outcome).toMatch(/ERR_BLOCKED_BY_CLIENT/);
  });

  test('no electron-log bridge: no window.__electronLog, and main has no __ELECTRON_LOG__ listener or handler', async () => {
    for (const page of electronApp().windows())
      expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__electronLog)).toBe(
        'undefined',
      );
    const channel = await electronApp().evaluate(({ ipcMain }) => {
      const listeners = ipcMain.listenerCount('__ELECTRON_LOG__');
      // ipcMain has no way to list invoke handlers, but refuses a second one for a channel: if
      // this registration succeeds, none was there (and it is removed again at once).
      let handler: string;
      try {
        ipcMain.handle('__ELECTRON_LOG__', () => undefined);
        ipcMain.removeHandler('__ELECTRON_LOG__');
        handler = 'none';
      } catch (error) {
        handler = String(error);
      }
      return { listeners, handler };
    });
    expect(channel).toEqual({ listeners: 0, handler: 'none' });
  });
});
