/**
 * startApp(deps) with recording fakes of every Electron object: which windows open and which one
 * comes forward — single instance, two windows in present mode (titles, trusted senders, state
 * to both), and display changes that re-place windows only when a display goes. Reads the real
 * bundled pack and default settings from the repo (tests/support/wiring-boot.ts).
 */
import { describe, expect, it } from 'vitest';
import { fakeDisplay, fakeEvent, fakeInvokeEvent } from '../../support/electron-fakes';
import { boot } from '../../support/wiring-boot';

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
