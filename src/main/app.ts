/**
 * App lifecycle: the order in which the setupX() modules run. The Electron objects come in
 * as `deps`, so a unit test drives this with recording fakes and checks the wiring.
 */
import type { App, BrowserWindow, IpcMain, PowerSaveBlocker, Protocol, Screen, Session } from 'electron';
import { join } from 'node:path';
import { formatProblem } from '../shared/content';
import { createDeckController, timingFromDeck } from './deck-controller';
import { createHandlers } from './handlers';
import { broadcast, setupIpc } from './ipc';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupSecurity } from './security';
import { setupWindows } from './windows';
import { chooseContentDir, loadContent, type ContentState } from './content-service';
import { loadSettings } from './settings';
import { systemClock, type Clock } from './clock';

export interface AppDeps {
  app: Pick<
    App,
    'on' | 'whenReady' | 'getPath' | 'isPackaged' | 'requestSingleInstanceLock' | 'quit' | 'relaunch' | 'exit'
  >;
  BrowserWindow: typeof BrowserWindow;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: () => Session;
  screen: () => Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on'>;
  /** Only tests pass this (a recording fake); otherwise src/main/ipc.ts uses the real one. */
  ipcMain?: Pick<IpcMain, 'handle' | 'removeHandler'>;
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>;
  argv: string[];
  /** Folder of the built main script (out/main). */
  mainDir: string;
  /** process.resourcesPath when packaged. */
  resourcesPath: string;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
  clock?: Clock;
}

/** Where bundled resources live: next to the app when packaged, in the repo during development. */
export function resourcesDir(deps: Pick<AppDeps, 'app' | 'mainDir' | 'resourcesPath'>): string {
  return deps.app.isPackaged ? deps.resourcesPath : join(deps.mainDir, '..', '..', 'resources');
}

/** Starts the app. Returns once the windows are open. */
export async function startApp(deps: AppDeps): Promise<void> {
  const { app, log } = deps;
  registerAppScheme(deps.protocol);
  if (!app.requestSingleInstanceLock()) {
    log.info('another instance is running: handing over to it');
    app.quit();
    return;
  }
  await app.whenReady();

  const resources = resourcesDir(deps);
  const userData = app.getPath('userData');
  const { settings, problems: settingsProblems } = await loadSettings({
    defaultsFile: join(resources, 'settings.default.json'),
    userFile: join(userData, 'settings.json'),
    argv: deps.argv,
  });
  settingsProblems.forEach((p) => log.warn(formatProblem(p)));

  let content: ContentState = await loadContent({
    requestedDir: chooseContentDir(settings.contentDir, userData),
    bundledDir: join(resources, 'content', 'chery-global-2020'),
    reducedMotion: settings.reducedMotion,
    extraProblems: settingsProblems,
  });
  content.snapshot.problems.forEach((p) => log.warn(formatProblem(p)));
  log.info(`content: ${content.snapshot.deck.id} (${content.snapshot.contentOrigin}, ${content.snapshot.status})`);

  const controller = createDeckController({
    clock: deps.clock ?? systemClock,
    timing: timingFromDeck(content.snapshot.deck, settings),
  });
  const session = deps.session();
  setupSecurity({ app, session, log: log.warn });
  setupAppProtocol({
    protocol: deps.protocol,
    roots: () => ({ renderer: join(deps.mainDir, '..', 'renderer'), pack: content.packDir }),
  });

  let windows: ReturnType<typeof setupWindows> | null = null;
  setupIpc({
    ipcMain: deps.ipcMain,
    handlers: createHandlers({
      controller,
      content: () => content.snapshot,
      report: (r) =>
        log[r.level === 'error' ? 'error' : r.level === 'warn' ? 'warn' : 'info'](
          `view${r.slideId ? ` [${r.slideId}]` : ''}: ${r.message}`,
        ),
    }),
    trustedIds: () => windows?.webContentsIds() ?? new Set<number>(),
    onRefused: (reason) => log.warn(`ipc refused ${reason}`),
  });

  windows = setupWindows({
    BrowserWindow: deps.BrowserWindow,
    screen: deps.screen(),
    mode: settings.mode,
    preferredDisplay: settings.display,
    preloadPath: join(deps.mainDir, '..', 'preload', 'index.cjs'),
    now: () => (deps.clock ?? systemClock).now(),
    log,
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    outOfService: () => {
      content = { ...content, snapshot: { ...content.snapshot, status: 'out-of-service' } };
      broadcast(windows?.all().map((w) => w.webContents) ?? [], 'deck:snapshot', {
        ...content.snapshot,
        state: controller.getState(),
      });
    },
  });
  controller.subscribe((state) => broadcast(windows?.all().map((w) => w.webContents) ?? [], 'deck:state', state));

  if (settings.mode === 'kiosk') deps.powerSaveBlocker.start('prevent-display-sleep');
  app.on('second-instance', () => {
    const first = windows?.all()[0];
    if (first) {
      if (first.isMinimized()) first.restore();
      first.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
}
