/**
 * App lifecycle: the order in which the setupX() modules run. The Electron objects come in
 * as `deps`, so a unit test drives this with recording fakes and checks the wiring.
 */
import type {
  App,
  BrowserWindowConstructorOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  PowerSaveBlocker,
} from 'electron';
import { join } from 'node:path';
import { formatProblem } from '../shared/content';
import { broadcast, setupIpc, type IpcRegistry } from './ipc';
import { registerAppScheme, setupAppProtocol, type ProtocolApi } from './protocol';
import { firstViewFor, loadFirstViewModule } from './first-view';
import { setupSecurity, type SessionApi } from './security';
import { setupWindows, type ScreenApi, type ShowWindow, type WindowSet } from './windows';
import { chooseContentDir } from './content-service';
import { loadSettings } from './settings';
import { parseFlags } from './cli-flags';
import { runSetPin, type SetPinOptions } from './set-pin-cli';
import { systemClock, type Clock } from './clock';
import type { Logger } from './core';
import { createMainRuntime, type MainRuntime } from './runtime';
import { leaveProcess, onSessionEnd, setupShutdownTriggers, type ShutdownTriggerDeps } from './shutdown';
import { removeApplicationMenu, type MenuApi } from './app-menu';
import type { AppEvents } from './app-events';
import { setupKioskLock } from './kiosk-lock';
import { keepsDisplayAwake } from './power-policy';
import { devRendererOrigin } from './dev-origin';
import { appOrigins } from './trusted-origins';
import { createHandoutPrinter, type HandoutPrinter, type PrintWindow } from './handout-print';

/** A window main can show and print from: Electron's BrowserWindow in the app, the fake in tests. */
export type AppWindow = ShowWindow & PrintWindow;

/** The system's folder picker, over a window of the app's own type `W` when there is one. */
export interface FolderDialog<W> {
  showOpenDialog(parent: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** `W`: the window type, carried through so the folder picker gets the very window class it knows. */
export interface AppDeps<W extends AppWindow = AppWindow> {
  app: AppEvents &
    Pick<
      App,
      | 'whenReady'
      | 'getPath'
      | 'isPackaged'
      | 'requestSingleInstanceLock'
      | 'relaunch'
      | 'exit'
      | 'setLoginItemSettings'
    > & { quit(): void };
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  protocol: ProtocolApi;
  session: () => SessionApi;
  screen: () => ScreenApi;
  /** Electron's `ipcMain` (index.ts), a recording fake in tests: src/main/ipc.ts registers the contract on it. */
  ipcMain: IpcRegistry;
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>;
  powerMonitor: () => ShutdownTriggerDeps['powerMonitor'];
  menu: MenuApi;
  /** `process.platform`; injected so unit tests run each platform's path. */
  platform: NodeJS.Platform;
  /** `process`, for SIGTERM/SIGINT. */
  signals: ShutdownTriggerDeps['signals'];
  argv: string[];
  /** Folder of the built main script (out/main). */
  mainDir: string;
  /** process.resourcesPath when packaged. */
  resourcesPath: string;
  log: Logger;
  logPath: string | null;
  /** Flushes the log file before the process leaves. */
  flushLog?: () => void | Promise<void>;
  clock?: Clock;
  /** The environment (`process.env`): `ELECTRON_RENDERER_URL` in `npm run dev`, read only when unpackaged. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The system's folder picker for the operator's content import (window mode only). */
  dialog?: FolderDialog<W>;
  /** The terminal `--set-pin` talks to (`process.stdin`/`stdout`). */
  terminal?: Pick<SetPinOptions, 'input' | 'output' | 'isTTY'>;
}

/** Where bundled resources live: next to the app when packaged, in the repo during development. */
export function resourcesDir(deps: Pick<AppDeps, 'app' | 'mainDir' | 'resourcesPath'>): string {
  return deps.app.isPackaged ? deps.resourcesPath : join(deps.mainDir, '..', '..', 'resources');
}

/** Asks for a pack folder with the system's picker, over the app's window; null when cancelled. */
async function pickPackFolder<W extends AppWindow>(
  dialog: FolderDialog<W>,
  windows: WindowSet<W> | null,
  title = 'Choose a content pack folder',
): Promise<string | null> {
  const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
  const parent = windows?.focusTarget();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Starts the app. Resolves once the windows are open, with main's runtime (null: another instance runs). */
export async function startApp<W extends AppWindow>(deps: AppDeps<W>): Promise<MainRuntime | null> {
  const { app, log } = deps;
  const clock = deps.clock ?? systemClock;
  registerAppScheme(deps.protocol);
  // `--set-pin`: store a new operator PIN and leave, before anything else (a running kiosk would
  // otherwise take the flag as a second instance). No window opens.
  if (parseFlags(deps.argv).flags.setPin === true) {
    const terminal = deps.terminal ?? {
      input: process.stdin,
      output: process.stdout,
      isTTY: process.stdin.isTTY === true,
    };
    const code = await runSetPin({ userDataDir: app.getPath('userData'), ...terminal });
    app.exit(code);
    return null;
  }
  if (!app.requestSingleInstanceLock()) {
    log.info('another instance is running: handing over to it');
    app.quit();
    return null;
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

  const kiosk = settings.mode === 'kiosk';
  const { dialog } = deps;
  let windows: WindowSet<W> | null = null;
  // Made once the origins are known (below); the operator cannot ask before the windows are open.
  let handoutPrinter: HandoutPrinter | null = null;
  const views = () => windows?.all().map((w) => w.webContents) ?? [];
  const runtime = await createMainRuntime({
    settings,
    settingsProblems: loaded.problems,
    contentDir: chooseContentDir(settings.contentDir, userData),
    bundledDir: join(resources, 'content', 'chery-global-2020'),
    userData,
    clock,
    log,
    logPath: deps.logPath,
    broadcast: (event, payload) => broadcast(views(), event, payload),
    leave: (kind) => leaveProcess(app, kind),
    flushLog: deps.flushLog,
    pickFolder: dialog && settings.mode === 'window' ? () => pickPackFolder(dialog, windows) : undefined,
    pickExportFolder:
      dialog && settings.mode === 'window'
        ? () => pickPackFolder(dialog, windows, 'Choose where to save the visits (CSV)')
        : undefined,
    printHandout: (request) =>
      handoutPrinter ? handoutPrinter.print(request) : Promise.reject(new Error('the app is still starting')),
    swapDisplays: () => windows?.swapDisplays() ?? false,
    presenterView: () => windows?.presenterId() ?? null,
  });
  const { core } = runtime;
  const snapshot = core.content().snapshot;
  log.info(`content: ${snapshot.deck.id} (${snapshot.contentOrigin}, ${snapshot.status}); mode ${settings.mode}`);

  // The dev server's origin joins ours only in an unpackaged `npm run dev` (dev-origin.ts).
  const origins = appOrigins(devRendererOrigin({ isPackaged: app.isPackaged, env: deps.env ?? {} }));
  if (origins.dev) log.warn(`development: windows load ${origins.dev}`);
  handoutPrinter = createHandoutPrinter({
    BrowserWindow: deps.BrowserWindow,
    preloadPath: join(deps.mainDir, '..', 'preload', 'index.cjs'),
    devOrigin: origins.dev,
    exportsDir: join(userData, 'exports'),
    now: clock.now,
  });
  setupSecurity({ app, session: deps.session(), log: log.warn, origins });
  // The first view's drawer (first-view.ts) loads while the window is made; if it cannot load,
  // index.html is served as built.
  const firstView = firstViewFor(
    core.snapshot,
    loadFirstViewModule(join(deps.mainDir, 'first-view.js'), log.warn),
    log.warn,
  );
  setupAppProtocol({
    protocol: deps.protocol,
    roots: () => ({ renderer: join(deps.mainDir, '..', 'renderer'), pack: core.content().packDir, firstView }),
  });
  setupIpc({
    ipcMain: deps.ipcMain,
    handlers: core.handlers,
    // The hidden handout window asks for the deck like every view, only while it prints.
    trustedIds: () => new Set([...(windows?.webContentsIds() ?? []), ...(handoutPrinter?.ids() ?? [])]),
    origins,
    throttle: runtime.ipcThrottle,
    onRefused: (reason) => log.warn(`ipc refused ${reason}`),
  });
  setupShutdownTriggers({
    app,
    powerMonitor: deps.powerMonitor(),
    signals: deps.signals,
    runtime,
    kiosk,
    log,
  });

  windows = setupWindows({
    BrowserWindow: deps.BrowserWindow,
    screen: deps.screen(),
    mode: settings.mode,
    preferredDisplay: settings.display,
    preloadPath: join(deps.mainDir, '..', 'preload', 'index.cjs'),
    devOrigin: origins.dev,
    log,
    rendererGone: runtime.rendererGone,
    mayClose: () => !kiosk || runtime.isShuttingDown(),
    onWindow: (win) => {
      onSessionEnd(win, runtime);
      setupKioskLock({
        contents: win.webContents,
        kiosk,
        // In present mode the PIN pad opens on the presenter's screen, wherever the chord was pressed.
        openOperator: () => broadcast([(windows?.operatorTarget(win) ?? win).webContents], 'operator:open', null),
      });
    },
  });

  // A kiosk screen and a projector both stay awake for as long as the app runs.
  if (keepsDisplayAwake(settings.mode)) deps.powerSaveBlocker.start('prevent-display-sleep');
  if (kiosk) removeApplicationMenu(deps.menu, deps.platform);
  if (deps.platform !== 'linux') app.setLoginItemSettings({ openAtLogin: settings.startAtLogin });
  app.on('second-instance', () => {
    const target = windows?.focusTarget();
    if (target) {
      if (target.isMinimized()) target.restore();
      target.focus();
    }
  });
  // GPU or utility process gone: Chromium restarts it; we log it and the show goes on.
  app.on('child-process-gone', (_event, details) =>
    log.warn(`child process gone: ${details.type} (${details.reason})`),
  );
  return runtime;
}
