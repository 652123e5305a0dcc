/** Recording fakes of Electron's app and Menu. */
import { Emitter, fakeEvent, type CallLog } from './emitter';
import type { FakeBrowserWindow } from './windows';

export interface FakeApp extends Emitter {
  isPackaged: boolean;
  quits: number;
  relaunches: number;
  /** How the process ended, once it did: `exit` (app.exit) or `quit` (app.quit ran to its end). */
  ended: { via: 'exit' | 'quit'; code: number } | null;
  whenReady(): Promise<void>;
  getPath(name: string): string;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  relaunch(): void;
  exit(code?: number): void;
  loginItemSettings: unknown[];
  setLoginItemSettings(settings: unknown): void;
}

/**
 * A fake `app` with Electron's quit rules (docs/api/app.md, shell/browser/browser.cc):
 * - `quit()` emits `before-quit` (preventDefault cancels), then closes every window; a window
 *   that stays open cancels the quit ("quitting abandoned": `WindowCloseCancelled`), which is
 *   what `closable: false` does on Windows and macOS (electron/electron#5891); then `will-quit`
 *   (preventDefault cancels) and `quit`.
 * - `exit(code)` closes every window without asking and emits neither event.
 * `whenReady` logs "app.whenReady resolved" when its promise settles, so a test can check what
 * happened before Electron was ready.
 */
export function createFakeApp(opts: {
  userData: string;
  lock?: boolean;
  log?: CallLog;
  windows?: () => FakeBrowserWindow[];
  onReady?: () => void;
}): FakeApp {
  const log = opts.log ?? [];
  const windows = opts.windows ?? (() => []);
  class App extends Emitter implements FakeApp {
    isPackaged = false;
    quits = 0;
    relaunches = 0;
    ended: FakeApp['ended'] = null;
    loginItemSettings: unknown[] = [];
    whenReady(): Promise<void> {
      log.push('app.whenReady');
      return Promise.resolve().then(() => {
        opts.onReady?.();
        log.push('app.whenReady resolved');
      });
    }
    getPath(name: string): string {
      if (name !== 'userData') throw new Error(`fake app: no path for ${name}`);
      return opts.userData;
    }
    requestSingleInstanceLock(): boolean {
      log.push('app.requestSingleInstanceLock');
      return opts.lock ?? true;
    }
    quit(): void {
      log.push('app.quit');
      this.quits++;
      const beforeQuit = fakeEvent();
      this.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return void log.push('quit cancelled: before-quit prevented');
      for (const win of windows())
        if (!win.isDestroyed() && !win.close()) return void log.push('quit cancelled: a window refused to close');
      const willQuit = fakeEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return void log.push('quit cancelled: will-quit prevented');
      this.emit('quit');
      this.ended = { via: 'quit', code: 0 };
    }
    relaunch(): void {
      log.push('app.relaunch');
      this.relaunches++;
    }
    exit(code = 0): void {
      log.push('app.exit');
      for (const win of windows()) if (!win.isDestroyed()) win.destroy();
      this.ended = { via: 'exit', code };
    }
    setLoginItemSettings(settings: unknown): void {
      log.push('app.setLoginItemSettings');
      this.loginItemSettings.push(settings);
    }
  }
  return new App();
}

/** The application menu as a test can see it: null, or the labels of its top-level items. */
export interface FakeMenu {
  items(): string[] | null;
  setApplicationMenu(menu: { items: string[] } | null): void;
  buildFromTemplate(template: { label?: string }[]): { items: string[] };
  /** What Electron does at startup: the default menu, unless the app set one first. */
  installDefault(): void;
}

/**
 * `Menu` with Electron's darwin rule (lib/browser/api/menu.ts, `Menu.setApplicationMenu`: on
 * darwin `if (!menu) return;` before touching the native menu; the default menu is installed at
 * startup by lib/browser/default-menu.ts unless one was set): `null` after the default menu is in
 * place leaves it there on macOS; on Windows and Linux it removes every window's menu bar.
 */
export function createFakeMenu(platform: NodeJS.Platform, log: CallLog = []): FakeMenu {
  let current: string[] | null = null;
  let set = false;
  return {
    items: () => current,
    setApplicationMenu(menu) {
      log.push(`Menu.setApplicationMenu ${menu ? `[${menu.items.join(',')}]` : 'null'}`);
      set = true;
      if (platform === 'darwin' && !menu) return;
      current = menu ? menu.items : null;
    },
    buildFromTemplate: (template) => ({ items: template.map((t) => t.label ?? '') }),
    installDefault() {
      if (!set) current = ['Chery Showcase', 'File', 'Edit', 'View', 'Window', 'Help'];
    },
  };
}
