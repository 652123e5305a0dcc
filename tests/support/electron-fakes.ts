/**
 * Recording fakes of the Electron objects main's setupX(deps) modules take. They keep what
 * was called, in order, in one shared log, and hand back the handlers that were installed so a
 * test can call them the way Electron would. Only what main uses is faked.
 */
import type { AppDeps } from '../../src/main/app';
import type { SecurityDeps } from '../../src/main/security';

type Listener = (...args: unknown[]) => void;

/** The order of calls across every fake of one test ("protocol.registerSchemesAsPrivileged", …). */
export type CallLog = string[];

/** A minimal event emitter: `on`/`once` record listeners, `emit` calls them. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  registered(event: string): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }
}

/** An Electron event object: listeners may call `preventDefault()`. */
export function fakeEvent(): { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

// ---- ipcMain ---------------------------------------------------------------------------------

export type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

export interface FakeIpcMain {
  handle(channel: string, listener: InvokeListener): void;
  removeHandler(channel: string): void;
  /** Channels with a handler now. */
  readonly handlers: Map<string, InvokeListener>;
  /** Calls the handler of `channel` as Electron would for an invoke from `event`'s sender. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown>;
}

/** A fake `ipcMain` that keeps its handlers; a second `handle` of one channel throws, as Electron does. */
export function createFakeIpcMain(log: CallLog = []): FakeIpcMain {
  const handlers = new Map<string, InvokeListener>();
  return {
    handlers,
    handle(channel, listener) {
      log.push(`ipcMain.handle ${channel}`);
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      log.push(`ipcMain.removeHandler ${channel}`);
      handlers.delete(channel);
    },
    async invoke(channel, event, ...args) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(event, ...args);
    },
  };
}

/** An invoke event as Electron builds it: the sender's webContents id and its frame. */
export function fakeInvokeEvent(webContentsId: number, frameUrl: string | null, isMainFrame = true) {
  const frame = frameUrl === null ? null : { url: frameUrl, parent: isMainFrame ? null : { url: 'app://showcase/' } };
  return { sender: { id: webContentsId }, senderFrame: frame };
}

// ---- webContents and BrowserWindow -----------------------------------------------------------

let nextWebContentsId = 100;

/** A fake webContents: records sends, keeps its listeners and its window-open handler. */
export class FakeWebContents extends Emitter {
  readonly id = nextWebContentsId++;
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  reloads = 0;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads++;
  }
  forcefullyCrashRenderer(): void {}
}

/** The fake `BrowserWindow` class of one test: every instance lands in `instances`. */
export interface FakeBrowserWindowClass {
  new (options: Record<string, unknown>): FakeBrowserWindow;
  readonly instances: FakeBrowserWindow[];
}

export interface FakeBrowserWindow extends Emitter {
  readonly options: Record<string, unknown>;
  /**
   * Electron's `win.close()` (what `app.quit()` does to each window): emits `close`; a listener's
   * `preventDefault()` keeps it open, and so does `closable: false` on Windows and macOS.
   * Returns true when the window closed.
   */
  close(): boolean;
  /** The user closes it from the OS (title-bar button, Alt+F4). */
  userClose(): boolean;
  focused: number;
  /** `setBounds` / `setFullScreen` calls, in order ("bounds x,y,w,h", "fullscreen true"). */
  moves: string[];
  isFullScreen(): boolean;
  readonly webContents: FakeWebContents;
  readonly loadedUrls: string[];
  loadURL(url: string): Promise<void>;
  show(): void;
  destroy(): void;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  setBounds(bounds: unknown): void;
  setFullScreen(flag: boolean): void;
}

/** A fresh fake `BrowserWindow` class (instances are per class, so tests do not share them). */
export function createFakeBrowserWindowClass(
  log: CallLog = [],
  platform: NodeJS.Platform = 'linux',
  onAllClosed: () => void = () => undefined,
): FakeBrowserWindowClass {
  const instances: FakeBrowserWindow[] = [];
  class FakeWindow extends Emitter implements FakeBrowserWindow {
    static readonly instances = instances;
    readonly webContents = new FakeWebContents();
    readonly loadedUrls: string[] = [];
    focused = 0;
    moves: string[] = [];
    private fullScreen: boolean;
    private destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      this.fullScreen = options.fullscreen === true;
      log.push('new BrowserWindow');
      instances.push(this);
    }
    close(): boolean {
      if (this.destroyed) return true;
      // `closable: false` refuses a close on Windows and macOS; Linux does not implement it
      // (docs/api/browser-window.md, `closable`: "Not implemented on Linux").
      if (this.options.closable === false && platform !== 'linux') {
        log.push('BrowserWindow.close refused (closable: false)');
        return false;
      }
      const event = fakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) {
        log.push('BrowserWindow.close prevented');
        return false;
      }
      this.destroy();
      return true;
    }
    userClose(): boolean {
      const closed = this.close();
      // docs/api/app.md, `window-all-closed`: emitted when the last window closes by itself
      // (not when app.quit() closed them).
      if (closed && instances.every((w) => w.isDestroyed())) onAllClosed();
      return closed;
    }
    async loadURL(url: string): Promise<void> {
      log.push(`BrowserWindow.loadURL ${url}`);
      this.loadedUrls.push(url);
    }
    show(): void {}
    destroy(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {
      this.focused++;
    }
    setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
      this.moves.push(`bounds ${bounds.x},${bounds.y},${bounds.width},${bounds.height}`);
    }
    isFullScreen(): boolean {
      return this.fullScreen;
    }
    /** Windows and Linux emit `leave-full-screen` at once; macOS after its animation (not modelled). */
    setFullScreen(flag: boolean): void {
      this.moves.push(`fullscreen ${flag}`);
      const leaving = this.fullScreen && !flag;
      this.fullScreen = flag;
      if (leaving) this.emit('leave-full-screen');
    }
  }
  return FakeWindow;
}

// ---- session, protocol, screen, app, powerSaveBlocker -----------------------------------------

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export interface FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null;
  permissionCheckHandler: PermissionCheckHandler | null;
  beforeRequest: BeforeRequestListener | null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void;
  webRequest: { onBeforeRequest(listener: BeforeRequestListener | null): void };
  /** Asks the installed permission handler, as Chromium would. */
  requestPermission(permission: string): Promise<boolean>;
  /** Runs a request through the installed onBeforeRequest filter: true when cancelled. */
  isCancelled(url: string): Promise<boolean>;
}

export function createFakeSession(log: CallLog = []): FakeSession {
  const session: FakeSession = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    beforeRequest: null,
    setPermissionRequestHandler(handler) {
      log.push('session.setPermissionRequestHandler');
      session.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      log.push('session.setPermissionCheckHandler');
      session.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest(listener) {
        log.push('session.webRequest.onBeforeRequest');
        session.beforeRequest = listener;
      },
    },
    requestPermission(permission) {
      const handler = session.permissionRequestHandler;
      if (!handler) return Promise.reject(new Error('no permission request handler installed'));
      return new Promise((resolve) => handler({}, permission, resolve));
    },
    isCancelled(url) {
      const listener = session.beforeRequest;
      if (!listener) return Promise.reject(new Error('no onBeforeRequest listener installed'));
      return new Promise((resolve) => listener({ url }, (response) => resolve(response.cancel === true)));
    },
  };
  return session;
}

/** `SecurityDeps['session']` from a fake session (the cast is the only untyped step). */
export const asSecuritySession = (s: FakeSession) => s as unknown as SecurityDeps['session'];

export interface FakeProtocol {
  privileged: unknown[];
  handlers: Map<string, (request: { url: string }) => Promise<Response>>;
  registerSchemesAsPrivileged(schemes: unknown[]): void;
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void;
}

export function createFakeProtocol(log: CallLog = []): FakeProtocol {
  const protocol: FakeProtocol = {
    privileged: [],
    handlers: new Map(),
    registerSchemesAsPrivileged(schemes) {
      log.push('protocol.registerSchemesAsPrivileged');
      protocol.privileged.push(...schemes);
    },
    handle(scheme, handler) {
      log.push(`protocol.handle ${scheme}`);
      protocol.handlers.set(scheme, handler);
    },
  };
  return protocol;
}

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** A display at `x` (side by side), with a 40 px taskbar. */
export function fakeDisplay(id: number, x: number, width = 1920, height = 1080): FakeDisplay {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

export function createFakeScreen(displays: FakeDisplay[], primaryId = displays[0]?.id ?? 1) {
  const emitter = new Emitter();
  return {
    emitter,
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays.find((d) => d.id === primaryId) ?? displays[0],
    on(event: string, listener: Listener) {
      emitter.on(event, listener);
      return this;
    },
  };
}

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

/** Everything `startApp` needs, faked, with the shared call log. */
export interface FakeElectron {
  log: CallLog;
  app: FakeApp;
  BrowserWindow: FakeBrowserWindowClass;
  protocol: FakeProtocol;
  session: FakeSession;
  screen: ReturnType<typeof createFakeScreen>;
  ipcMain: FakeIpcMain;
  powerSaveBlocks: string[];
  menu: FakeMenu;
  powerMonitor: Emitter;
  signals: Emitter;
  platform: NodeJS.Platform;
  messages: { level: 'info' | 'warn' | 'error'; message: string }[];
  /** The deps object for `startApp` (casts confined here). */
  deps(extra: Pick<AppDeps, 'argv' | 'mainDir'> & Partial<AppDeps>): AppDeps;
}

export function createFakeElectron(opts: {
  userData: string;
  lock?: boolean;
  displays?: FakeDisplay[];
  platform?: NodeJS.Platform;
}): FakeElectron {
  const log: CallLog = [];
  const platform = opts.platform ?? 'linux';
  const menu = createFakeMenu(platform, log);
  const windows = () => BrowserWindow.instances;
  const app = createFakeApp({
    userData: opts.userData,
    lock: opts.lock,
    log,
    windows,
    onReady: () => menu.installDefault(),
  });
  const BrowserWindow = createFakeBrowserWindowClass(log, platform, () => app.emit('window-all-closed'));
  const protocol = createFakeProtocol(log);
  const session = createFakeSession(log);
  const screen = createFakeScreen(opts.displays ?? [fakeDisplay(1, 0)]);
  const ipcMain = createFakeIpcMain(log);
  const powerSaveBlocks: string[] = [];
  const powerMonitor = new Emitter();
  const signals = new Emitter();
  const messages: FakeElectron['messages'] = [];
  const record = (level: 'info' | 'warn' | 'error') => (message: string) => {
    messages.push({ level, message });
  };
  return {
    log,
    app,
    BrowserWindow,
    protocol,
    session,
    screen,
    ipcMain,
    powerSaveBlocks,
    menu,
    powerMonitor,
    signals,
    platform,
    messages,
    deps: (extra) => ({
      app: app as unknown as AppDeps['app'],
      BrowserWindow: BrowserWindow as unknown as AppDeps['BrowserWindow'],
      protocol: protocol as unknown as AppDeps['protocol'],
      session: () => session as unknown as ReturnType<AppDeps['session']>,
      screen: () => screen as unknown as ReturnType<AppDeps['screen']>,
      ipcMain: ipcMain as unknown as AppDeps['ipcMain'],
      powerSaveBlocker: {
        start: (type: string) => {
          log.push(`powerSaveBlocker.start ${type}`);
          powerSaveBlocks.push(type);
          return powerSaveBlocks.length;
        },
      } as AppDeps['powerSaveBlocker'],
      powerMonitor: () => powerMonitor as unknown as ReturnType<AppDeps['powerMonitor']>,
      menu: menu as unknown as AppDeps['menu'],
      platform,
      signals: signals as unknown as AppDeps['signals'],
      resourcesPath: '/nonexistent/resources',
      logPath: null,
      log: { info: record('info'), warn: record('warn'), error: record('error') },
      ...extra,
    }),
  };
}
