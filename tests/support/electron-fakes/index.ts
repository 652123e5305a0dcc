/**
 * Recording fakes of the Electron objects main's setupX(deps) modules take. They keep what
 * was called, in order, in one shared log, and hand back the handlers that were installed so a
 * test can call them the way Electron would. Only what main uses is faked. One file per object
 * group beside this one; this one builds the whole set for `startApp`.
 */
import type { AppDeps } from '../../../src/main/app';
import { createFakeApp, createFakeMenu, type FakeApp, type FakeMenu } from './app';
import { Emitter, type CallLog } from './emitter';
import { createFakeIpcMain, type FakeIpcMain } from './ipc-main';
import {
  createFakeProtocol,
  createFakeScreen,
  createFakeSession,
  fakeDisplay,
  type FakeDisplay,
  type FakeProtocol,
  type FakeSession,
} from './session';
import { createFakeBrowserWindowClass, type FakeBrowserWindow, type FakeBrowserWindowClass } from './windows';

export * from './app';
export { fakeEvent, type CallLog } from './emitter';
export * from './ipc-main';
export * from './session';
export * from './windows';

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
  /** The deps object for `startApp`, windows typed as the fake (no cast: it fits main's narrow window type). */
  deps(
    extra: Pick<AppDeps<FakeBrowserWindow>, 'argv' | 'mainDir'> & Partial<AppDeps<FakeBrowserWindow>>,
  ): AppDeps<FakeBrowserWindow>;
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
      app,
      BrowserWindow,
      protocol,
      session: () => session,
      screen: () => screen,
      ipcMain,
      powerSaveBlocker: {
        start: (type: string) => {
          log.push(`powerSaveBlocker.start ${type}`);
          powerSaveBlocks.push(type);
          return powerSaveBlocks.length;
        },
      } as AppDeps['powerSaveBlocker'],
      powerMonitor: () => powerMonitor,
      menu,
      platform,
      signals,
      resourcesPath: '/nonexistent/resources',
      logPath: null,
      log: { info: record('info'), warn: record('warn'), error: record('error') },
      ...extra,
    }),
  };
}
