/**
 * The one shutdown path and the kiosk's close rules, run per platform through startApp on the
 * Electron fakes, which encode Electron's own rules (tests/support/electron-fakes.ts cites them):
 * `closable: false` cancels `app.quit()` on Windows and macOS and is ignored on Linux; `app.exit`
 * ends the process whatever the windows say; on macOS a null application menu after ready
 * leaves the default menu.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../src/main/app';
import { removeApplicationMenu } from '../../../src/main/app-menu';
import {
  createFakeBrowserWindowClass,
  createFakeApp,
  createFakeElectron,
  createFakeMenu,
  fakeEvent,
} from '../../support/electron-fakes';
import { createManualClock } from '../../support/manual-clock';

const MAIN_DIR = join(resolve(import.meta.dirname, '..', '..', '..'), 'out', 'main');
const PLATFORMS = ['win32', 'darwin', 'linux'] as const;

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'shutdown-userdata-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
});

async function boot(platform: NodeJS.Platform, mode: 'kiosk' | 'window' | 'present' = 'kiosk') {
  const fakes = createFakeElectron({ userData, platform });
  const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
  const runtime = await startApp(fakes.deps({ argv: ['--mode', mode], mainDir: MAIN_DIR, clock }));
  if (!runtime) throw new Error('startApp returned no runtime');
  const [win] = fakes.BrowserWindow.instances;
  return { ...fakes, runtime, win };
}

/** Lets the shutdown's awaits (analytics flush, log flush) run. */
const settle = () => new Promise((done) => setTimeout(done, 20));
/** Waits for the shutdown path (it awaits the analytics and log flushes) to end the process. */
const ended = (app: { ended: unknown }) => vi.waitFor(() => expect(app.ended).not.toBeNull(), { timeout: 5000 });

describe.each(PLATFORMS)('on %s', (platform) => {
  it('the Electron fakes refuse app.quit() with a closable:false window on Windows and macOS only (control)', () => {
    const log: string[] = [];
    const BrowserWindow = createFakeBrowserWindowClass(log, platform);
    const app = createFakeApp({ userData, log, windows: () => BrowserWindow.instances });
    new BrowserWindow({ closable: false });
    app.quit();
    if (platform === 'linux') expect(app.ended).toEqual({ via: 'quit', code: 0 });
    else {
      expect(app.ended).toBeNull();
      expect(log).toContain('quit cancelled: a window refused to close');
    }
  });

  it('kiosk: operator Exit (the shutdown path) ends the process, with the crash history on disk first', async () => {
    const { app, runtime, win, log } = await boot(platform);
    expect(win.options.closable).toBe(false);
    await runtime.shutdown('operator exit');
    expect(app.ended).toEqual({ via: 'exit', code: 0 });
    expect(win.isDestroyed()).toBe(true);
    expect(existsSync(join(userData, 'crash-history.json'))).toBe(true);
    expect(log).not.toContain('app.relaunch');
  });

  it('kiosk: the old way out (app.quit() after allowing before-quit) never ends the process where closable is honoured', async () => {
    const { app, win } = await boot(platform);
    // What app.ts did before: let before-quit through, then app.quit().
    app.listeners.set('before-quit', []);
    app.listeners.set('window-all-closed', []);
    win.listeners.set('close', []);
    app.quit();
    if (platform === 'linux') expect(app.ended?.via).toBe('quit');
    else expect(app.ended).toBeNull();
  });

  it('kiosk: a window close from the OS (Alt+F4, a title bar) is refused and nothing ends', async () => {
    const { app, win } = await boot(platform);
    expect(win.userClose()).toBe(false);
    await settle();
    expect(win.isDestroyed()).toBe(false);
    expect(app.ended).toBeNull();
  });

  it('kiosk: a stray app.quit() (Cmd+Q, a menu) is refused', async () => {
    const { app, win } = await boot(platform);
    app.quit();
    await settle();
    expect(app.ended).toBeNull();
    expect(win.isDestroyed()).toBe(false);
  });

  it('kiosk: SIGTERM, an OS shutdown and a Windows session end each take the shutdown path', async () => {
    for (const trigger of ['SIGTERM', 'SIGINT', 'power', 'session-end'] as const) {
      const { app, signals, powerMonitor, win } = await boot(platform);
      const event = fakeEvent();
      if (trigger === 'power') powerMonitor.emit('shutdown', event);
      else if (trigger === 'session-end') win.emit('session-end', event);
      else signals.emit(trigger);
      await ended(app);
      expect(app.ended, trigger).toEqual({ via: 'exit', code: 0 });
      if (trigger === 'power') expect(event.defaultPrevented).toBe(true);
    }
  });

  it('window mode: closing the last window and app.quit() both end the process through the shutdown path', async () => {
    const closed = await boot(platform, 'window');
    expect(closed.win.userClose()).toBe(true);
    await ended(closed.app);
    expect(closed.app.ended).toEqual({ via: 'exit', code: 0 });
    expect(closed.messages.some((m) => m.message.includes('shutting down (all windows closed)'))).toBe(true);

    const quit = await boot(platform, 'window');
    quit.app.quit();
    await ended(quit.app);
    expect(quit.app.ended).toEqual({ via: 'exit', code: 0 });
    expect(quit.messages.some((m) => m.message.includes('shutting down (quit requested)'))).toBe(true);
  });

  it('a relaunch relaunches, then exits', async () => {
    const { app, runtime, log } = await boot(platform);
    await runtime.shutdown('nightly relaunch', 'relaunch');
    expect(log.indexOf('app.relaunch')).toBeLessThan(log.indexOf('app.exit'));
    expect(app.ended).toEqual({ via: 'exit', code: 0 });
  });

  it('kiosk: the application menu has no items; a window-mode app keeps its menu', async () => {
    const kiosk = await boot(platform);
    expect(kiosk.menu.items() ?? []).toEqual([]);
    const windowed = await boot(platform, 'window');
    expect(windowed.menu.items()).toContain('View');
  });
});

describe('the macOS menu rule', () => {
  it('control: Menu.setApplicationMenu(null) after ready leaves the default menu on darwin, not elsewhere', () => {
    for (const platform of PLATFORMS) {
      const menu = createFakeMenu(platform);
      menu.installDefault();
      menu.setApplicationMenu(null);
      if (platform === 'darwin') expect(menu.items()).toContain('View');
      else expect(menu.items()).toBeNull();
    }
  });

  it('removeApplicationMenu empties it on every platform', () => {
    for (const platform of PLATFORMS) {
      const menu = createFakeMenu(platform);
      menu.installDefault();
      removeApplicationMenu(menu as never, platform);
      expect(menu.items() ?? []).toEqual([]);
    }
  });
});
