/**
 * App lifecycle: the order in which the setupX() modules run. The Electron objects come in
 * as `deps`, so a unit test drives this with recording fakes and checks the wiring.
 */
import type { App, BrowserWindow, IpcMain, PowerSaveBlocker, Protocol, Screen, Session } from 'electron';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem } from '../shared/content';
import { broadcast, setupIpc } from './ipc';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupSecurity } from './security';
import { setupWindows, type WindowSet } from './windows';
import { chooseContentDir } from './content-service';
import { loadSettings, savePin } from './settings';
import { systemClock, type Clock } from './clock';
import { createCore, csvExportName, type Logger } from './core';
import { setupKioskLock } from './kiosk-lock';

export interface AppDeps {
  app: Pick<
    App,
    | 'on'
    | 'whenReady'
    | 'getPath'
    | 'isPackaged'
    | 'requestSingleInstanceLock'
    | 'quit'
    | 'relaunch'
    | 'exit'
    | 'setLoginItemSettings'
  >;
  BrowserWindow: typeof BrowserWindow;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: () => Session;
  screen: () => Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on'>;
  /** Only tests pass this (a recording fake); otherwise src/main/ipc.ts uses the real one. */
  ipcMain?: Pick<IpcMain, 'handle' | 'removeHandler'>;
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>;
  /** Removes the application menu (kiosk mode). */
  removeMenu: () => void;
  argv: string[];
  /** Folder of the built main script (out/main). */
  mainDir: string;
  /** process.resourcesPath when packaged. */
  resourcesPath: string;
  log: Logger;
  logPath: string | null;
  clock?: Clock;
}

/** Where bundled resources live: next to the app when packaged, in the repo during development. */
export function resourcesDir(deps: Pick<AppDeps, 'app' | 'mainDir' | 'resourcesPath'>): string {
  return deps.app.isPackaged ? deps.resourcesPath : join(deps.mainDir, '..', '..', 'resources');
}

/** Reads a small JSON list of numbers kept in user data (crash history); anything odd reads as empty. */
async function readNumbers(file: string): Promise<number[]> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
  } catch {
    return [];
  }
}

/** Starts the app. Resolves once the windows are open. */
export async function startApp(deps: AppDeps): Promise<void> {
  const { app, log } = deps;
  const clock = deps.clock ?? systemClock;
  registerAppScheme(deps.protocol);
  if (!app.requestSingleInstanceLock()) {
    log.info('another instance is running: handing over to it');
    app.quit();
    return;
  }
  await app.whenReady();

  const resources = resourcesDir(deps);
  const userData = app.getPath('userData');
  const loaded = await loadSettings({
    defaultsFile: join(resources, 'settings.default.json'),
    userFile: join(userData, 'settings.json'),
    argv: deps.argv,
  });
  const { settings } = loaded;
  loaded.problems.forEach((p) => log.warn(formatProblem(p)));
  if (loaded.setPin)
    log.warn('--set-pin: open the operator overlay (Ctrl+Alt+Shift+O) to set a PIN; see docs/install.md');

  const crashFile = join(userData, 'crash-history.json');
  const crashHistory = await readNumbers(crashFile);
  let exiting = false;
  let windows: WindowSet | null = null;
  const core = await createCore({
    settings,
    settingsProblems: loaded.problems,
    contentDir: chooseContentDir(settings.contentDir, userData),
    bundledDir: join(resources, 'content', 'chery-global-2020'),
    clock,
    log,
    analyticsDir: join(userData, 'analytics'),
    logPath: deps.logPath,
    restarts: crashHistory.length,
    exit: () => {
      exiting = true;
      app.quit();
    },
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    savePin: (pin) => savePin(join(userData, 'settings.json'), pin),
    saveCsv: async (csv) => {
      const dir = join(userData, 'exports');
      await mkdir(dir, { recursive: true });
      const file = csvExportName(dir, clock.now());
      await writeFile(file, csv, 'utf8');
      return file;
    },
  });
  const snapshot = core.content().snapshot;
  log.info(`content: ${snapshot.deck.id} (${snapshot.contentOrigin}, ${snapshot.status}); mode ${settings.mode}`);

  setupSecurity({ app, session: deps.session(), log: log.warn });
  setupAppProtocol({
    protocol: deps.protocol,
    roots: () => ({ renderer: join(deps.mainDir, '..', 'renderer'), pack: core.content().packDir }),
  });
  setupIpc({
    ipcMain: deps.ipcMain,
    handlers: core.handlers,
    trustedIds: () => windows?.webContentsIds() ?? new Set<number>(),
    onRefused: (reason) => log.warn(`ipc refused ${reason}`),
  });

  const views = () => windows?.all().map((w) => w.webContents) ?? [];
  windows = setupWindows({
    BrowserWindow: deps.BrowserWindow,
    screen: deps.screen(),
    mode: settings.mode,
    preferredDisplay: settings.display,
    preloadPath: join(deps.mainDir, '..', 'preload', 'index.cjs'),
    now: clock.now,
    log,
    crashHistory: {
      load: () => crashHistory,
      save: (history) => void writeFile(crashFile, JSON.stringify(history)).catch(() => undefined),
    },
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    outOfService: () => broadcast(views(), 'deck:snapshot', { ...core.snapshot(), status: 'out-of-service' }),
    onWindow: (win) =>
      setupKioskLock({
        contents: win.webContents,
        kiosk: settings.mode === 'kiosk',
        openOperator: () => broadcast([win.webContents], 'operator:open', null),
      }),
  });
  core.controller.subscribe((state) => broadcast(views(), 'deck:state', state));
  core.onSnapshot((s) => broadcast(views(), 'deck:snapshot', s));

  if (settings.mode === 'kiosk') {
    deps.powerSaveBlocker.start('prevent-display-sleep');
    deps.removeMenu();
    // In kiosk mode the operator overlay's "exit" is the only way out.
    app.on('before-quit', (event) => {
      if (!exiting) event.preventDefault();
    });
  }
  if (process.platform !== 'linux') app.setLoginItemSettings({ openAtLogin: settings.startAtLogin });
  app.on('second-instance', () => {
    const first = windows?.all()[0];
    if (first) {
      if (first.isMinimized()) first.restore();
      first.focus();
    }
  });
  // GPU or utility process gone: Chromium restarts it; we log it and the show goes on.
  app.on('child-process-gone', (_event, details) => log.warn(`child process gone: ${details.type} (${details.reason})`));
  app.on('window-all-closed', () => app.quit());
}
