/**
 * startApp(deps) with recording fakes of every Electron object, one display in kiosk mode: the
 * wiring — every channel registered, the setup order, the app:// scheme, security handlers, a
 * secure window, IPC answers and broadcasts. Reads the real bundled pack and default settings
 * from the repo. Single instance, present mode and display changes are in
 * wiring-windows.test.ts, --set-pin in wiring-set-pin.test.ts; boot() in tests/support/wiring-boot.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import { invokeArgs } from '../../../src/shared/ipc.schema';
import type { DeckState } from '../../../src/shared/deck';
import { fakeInvokeEvent } from '../../support/electron-fakes';
import { boot, REPO } from '../../support/wiring-boot';

const at = (log: string[], entry: string) => {
  const i = log.indexOf(entry);
  expect(i, `"${entry}" in the call log`).toBeGreaterThanOrEqual(0);
  return i;
};

describe('startApp wiring (kiosk, one display)', () => {
  it('the bundled deck it needs is in the repo', () => {
    expect(existsSync(join(REPO, 'resources', 'content', 'chery-global-2020', 'deck.json'))).toBe(true);
  });

  it('registers every channel of the contract with ipcMain', async () => {
    const { ipcMain } = await boot();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeArgs).sort());
  });

  it('registers the app:// scheme as privileged before Electron is ready, and serves it after', async () => {
    const { log, protocol } = await boot();
    expect(at(log, 'protocol.registerSchemesAsPrivileged')).toBeLessThan(at(log, 'app.whenReady resolved'));
    expect(protocol.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(at(log, 'protocol.handle app')).toBeGreaterThan(at(log, 'app.whenReady resolved'));
  });

  it('installs the security handlers before any window opens', async () => {
    const { log } = await boot();
    const firstWindow = at(log, 'new BrowserWindow');
    expect(at(log, 'session.setPermissionRequestHandler')).toBeLessThan(firstWindow);
    expect(at(log, 'session.webRequest.onBeforeRequest')).toBeLessThan(firstWindow);
    expect(at(log, 'protocol.handle app')).toBeLessThan(firstWindow);
    expect(at(log, 'ipcMain.handle deck:get')).toBeLessThan(firstWindow);
  });

  it('permission requests are denied; requests outside app://showcase are cancelled', async () => {
    const { session, app } = await boot();
    await expect(session.requestPermission('media')).resolves.toBe(false);
    await expect(session.requestPermission('geolocation')).resolves.toBe(false);
    await expect(session.isCancelled('https://example.com')).resolves.toBe(true);
    await expect(session.isCancelled('app://showcase/index.html')).resolves.toBe(false);
    expect(app.registered('web-contents-created')).toBe(true);
  });

  it('opens one window with the secure webPreferences, loading the audience view', async () => {
    const { BrowserWindow } = await boot();
    expect(BrowserWindow.instances).toHaveLength(1);
    const [win] = BrowserWindow.instances;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect((win.options.webPreferences as { preload: string }).preload).toBe(join(REPO, 'out', 'preload', 'index.cjs'));
    expect(win.options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(win.loadedUrls).toEqual(['app://showcase/index.html?role=audience']);
  });

  it('keeps the kiosk display awake, removes the menu and guards the keyboard', async () => {
    const { powerSaveBlocks, menu, BrowserWindow } = await boot();
    expect(powerSaveBlocks).toEqual(['prevent-display-sleep']);
    expect(menu.items()).toBeNull();
    expect(BrowserWindow.instances[0].webContents.registered('before-input-event')).toBe(true);
  });

  it('answers our window over IPC with the bundled deck, and refuses a stranger', async () => {
    const { ipcMain, BrowserWindow, messages } = await boot();
    const ours = BrowserWindow.instances[0].webContents.id;
    const snapshot = (await ipcMain.invoke(
      'deck:get',
      fakeInvokeEvent(ours, 'app://showcase/index.html'),
    )) as DeckSnapshot;
    expect(snapshot.deck.id).toBe('chery-global-2020');
    expect(snapshot).toMatchObject({ contentOrigin: 'bundled', status: 'ok' });
    expect(snapshot.state).toMatchObject({ mode: 'kiosk', phase: 'attract', index: 0 });

    await expect(ipcMain.invoke('deck:get', fakeInvokeEvent(ours + 1000, 'app://showcase/index.html'))).rejects.toThrow(
      /refused/,
    );
    expect(messages.some((m) => m.level === 'warn' && m.message.startsWith('ipc refused'))).toBe(true);
  });

  it('broadcasts every deck change to the window', async () => {
    const { ipcMain, BrowserWindow } = await boot();
    const win = BrowserWindow.instances[0];
    const state = (await ipcMain.invoke(
      'deck:command',
      fakeInvokeEvent(win.webContents.id, 'app://showcase/index.html'),
      { type: 'next' },
    )) as DeckState;
    expect(state).toMatchObject({ index: 1, phase: 'interactive' });
    expect(win.webContents.sent.at(-1)).toEqual(['deck:state', state]);
  });

  it('the app:// handler serves the built renderer with the CSP and refuses other hosts', async () => {
    const { protocol } = await boot();
    const handler = protocol.handlers.get('app');
    expect(handler).toBeTypeOf('function');
    const foreign = await handler!({ url: 'app://evil/index.html' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    // npm test builds before the unit tests; without a build this fails rather than checking less.
    expect(existsSync(join(REPO, 'out', 'renderer', 'index.html')), 'out/renderer: run `npx electron-vite build`').toBe(
      true,
    );
    const index = await handler!({ url: 'app://showcase/index.html?role=audience' });
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Type')).toContain('text/html');
  });
});
