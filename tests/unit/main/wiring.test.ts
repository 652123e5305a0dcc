/**
 * startApp(deps) with recording fakes of every Electron object: the wiring — every channel
 * registered, the setup order, secure windows, security handlers, single instance, two
 * windows in present mode. Reads the real bundled pack and default settings from the repo.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app';
import type { MainRuntime } from '../../../src/main/runtime';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import { invokeArgs } from '../../../src/shared/ipc.schema';
import type { DeckState } from '../../../src/shared/deck';
import {
  createFakeElectron,
  fakeDisplay,
  fakeEvent,
  fakeInvokeEvent,
  type FakeDisplay,
} from '../../support/electron-fakes';
import { createManualClock } from '../../support/manual-clock';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const MAIN_DIR = join(REPO, 'out', 'main');

let userData: string;
/** Every app a test booted: shut down before its user data is removed. */
const booted: MainRuntime[] = [];
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'wiring-userdata-'));
});
afterEach(async () => {
  // Stop each app (timers, watchers) and let its last analytics line land, so the folder is
  // removed in one go: no retry on ENOTEMPTY to hide an app still writing.
  for (const runtime of booted.splice(0)) {
    runtime.dispose();
    await runtime.core.analytics?.flushed();
  }
  await rm(userData, { recursive: true, force: true });
});

async function boot(opts: { argv?: string[]; lock?: boolean; displays?: FakeDisplay[] } = {}) {
  const fakes = createFakeElectron({ userData, lock: opts.lock, displays: opts.displays });
  const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
  const runtime = await startApp(fakes.deps({ argv: opts.argv ?? [], mainDir: MAIN_DIR, clock }));
  if (runtime) booted.push(runtime);
  return { ...fakes, clock, runtime };
}

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

describe('single instance', () => {
  it('without the lock it quits and opens no window', async () => {
    const { app, BrowserWindow, ipcMain, log } = await boot({ lock: false });
    expect(app.quits).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(log).not.toContain('app.whenReady');
  });

  it('a second instance brings the first window forward', async () => {
    const { app, BrowserWindow } = await boot();
    expect(app.registered('second-instance')).toBe(true);
    app.emit('second-instance');
    expect(BrowserWindow.instances[0].focused).toBe(1);
  });

  it('in present mode a second instance and the first show focus the presenter window, not the audience', async () => {
    const { app, BrowserWindow } = await boot({
      argv: ['--mode', 'present'],
      displays: [fakeDisplay(1, 0), fakeDisplay(2, 1920)],
    });
    const presenter = BrowserWindow.instances.find((w) => w.loadedUrls[0].endsWith('presenter'))!;
    const audience = BrowserWindow.instances.find((w) => w.loadedUrls[0].endsWith('audience'))!;
    for (const win of BrowserWindow.instances) win.emit('ready-to-show');
    expect([presenter.focused, audience.focused]).toEqual([1, 0]);
    app.emit('second-instance');
    expect([presenter.focused, audience.focused]).toEqual([2, 0]);
  });
});

describe('present mode', () => {
  it('--mode present on two displays opens the audience and the presenter windows', async () => {
    const { BrowserWindow, powerSaveBlocks, menu } = await boot({
      argv: ['--mode', 'present'],
      displays: [fakeDisplay(1, 0), fakeDisplay(2, 1920, 1280, 800)],
    });
    expect(BrowserWindow.instances).toHaveLength(2);
    const urls = BrowserWindow.instances.flatMap((w) => w.loadedUrls).sort();
    expect(urls).toEqual(['app://showcase/index.html?role=audience', 'app://showcase/index.html?role=presenter']);
    for (const win of BrowserWindow.instances)
      expect(win.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
    const audience = BrowserWindow.instances.find((w) => w.loadedUrls[0].endsWith('audience'))!;
    // The audience goes to the projector (the non-primary display), fullscreen.
    expect(audience.options).toMatchObject({ x: 1920, fullscreen: true });
    // A projector must not fall asleep mid-talk; the menu stays (a presenter's laptop).
    expect(powerSaveBlocks).toEqual(['prevent-display-sleep']);
    expect(menu.items()).toContain('View');
  });

  it("keeps each window's own title: the page's <title> never overwrites the presenter's", async () => {
    const { BrowserWindow } = await boot({
      argv: ['--mode', 'present'],
      displays: [fakeDisplay(1, 0), fakeDisplay(2, 1920)],
    });
    const presenter = BrowserWindow.instances.find((w) => w.loadedUrls[0].endsWith('presenter'))!;
    expect(presenter.options.title).toBe('Chery Showcase — Presenter');
    const event = fakeEvent();
    presenter.emit('page-title-updated', event, 'Chery Showcase');
    expect(event.defaultPrevented).toBe(true);
  });

  it('both windows are trusted IPC senders and both receive the state', async () => {
    const { BrowserWindow, ipcMain } = await boot({
      argv: ['--mode', 'present'],
      displays: [fakeDisplay(1, 0), fakeDisplay(2, 1920)],
    });
    for (const win of BrowserWindow.instances)
      await expect(
        ipcMain.invoke('deck:get', fakeInvokeEvent(win.webContents.id, win.loadedUrls[0])),
      ).resolves.toBeDefined();
    const presenter = BrowserWindow.instances.find((w) => w.loadedUrls[0].endsWith('presenter'))!;
    await ipcMain.invoke('deck:command', fakeInvokeEvent(presenter.webContents.id, presenter.loadedUrls[0]), {
      type: 'last',
    });
    for (const win of BrowserWindow.instances) expect(win.webContents.sent.at(-1)?.[0]).toBe('deck:state');
  });
});

describe('--set-pin', () => {
  it('stores the PIN read from stdin, opens no window and exits 0; the kiosk then unlocks with it and only with it', async () => {
    const { Readable, PassThrough } = await import('node:stream');
    const fakes = createFakeElectron({ userData });
    const output = new PassThrough();
    const runtime = await startApp(
      fakes.deps({
        argv: ['--set-pin'],
        mainDir: MAIN_DIR,
        terminal: { input: Readable.from(['246813\n']), output, isTTY: false },
      }),
    );
    expect(runtime).toBeNull();
    expect(fakes.app.ended).toEqual({ via: 'exit', code: 0 });
    expect(fakes.BrowserWindow.instances).toHaveLength(0);
    expect(existsSync(join(userData, 'operator-pin.json'))).toBe(true);

    const kiosk = await boot();
    const win = kiosk.BrowserWindow.instances[0];
    const unlock = (pin: string) =>
      kiosk.ipcMain.invoke('operator:unlock', fakeInvokeEvent(win.webContents.id, 'app://showcase/index.html'), pin);
    await expect(unlock('111111')).resolves.toMatchObject({ ok: false });
    await expect(unlock('246813')).resolves.toMatchObject({ ok: true });
  });

  it('control: without --set-pin the kiosk has no PIN and refuses every unlock', async () => {
    const kiosk = await boot();
    const win = kiosk.BrowserWindow.instances[0];
    await expect(
      kiosk.ipcMain.invoke(
        'operator:unlock',
        fakeInvokeEvent(win.webContents.id, 'app://showcase/index.html'),
        '246813',
      ),
    ).resolves.toMatchObject({ ok: false, reason: 'no-pin' });
  });
});

describe('display changes', () => {
  it('metrics changing on the same displays touch no window (no fullscreen flicker); a projector pulled out re-places', async () => {
    const displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)];
    const { BrowserWindow, screen } = await boot({ argv: ['--mode', 'present'], displays });
    const before = BrowserWindow.instances.length;
    screen.emitter.emit('display-metrics-changed');
    screen.emitter.emit('display-metrics-changed');
    expect(BrowserWindow.instances.flatMap((w) => w.moves)).toEqual([]);
    expect(BrowserWindow.instances).toHaveLength(before);

    displays.pop(); // the projector goes
    screen.emitter.emit('display-removed');
    const touched = BrowserWindow.instances.filter((w) => w.moves.length > 0 || w.isDestroyed());
    expect(touched.length).toBeGreaterThan(0);
  });
});
