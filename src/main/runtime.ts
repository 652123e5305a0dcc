/**
 * One composition of main, without Electron: settings and content in, the core (deck controller,
 * IPC handlers, operator gate), the crash-loop policy with its history on disk, the out-of-service
 * state and its retries, broadcasts to the views, and the one shutdown path. `app.ts` builds it
 * with Electron's objects around it; the Chromium harness builds the very same runtime with pages
 * around it — so the harness tests this wiring, not a copy of it.
 */
import { join } from 'node:path';
import type { Problem } from '../shared/content';
import type { EventChannel, EventPayloads, ViewRole } from '../shared/ipc';
import type { Settings } from '../shared/settings.schema';
import type { Clock } from './clock';
import { createCore, type Core, type CoreDeps, type Logger } from './core';
import { createInvokeThrottle, type InvokeThrottle } from './invoke-throttle';
import {
  crashDecision,
  DEFAULT_CRASH_POLICY,
  pruneHistory,
  type CrashDecision,
  type CrashPolicy,
} from './crash-policy';
import { readCrashHistory, writeCrashHistorySync } from './crash-history-file';
import { openPinStore } from './pin-store';
import { watchPack, type FolderWatcher, type PackWatch } from './content-watch';
import type { ImportFs } from './content-import';
import { listSystemRemovablePacks, type DrivePack } from './removable-drives';
import { listSystemRemovableDrives, saveCsvExport } from './analytics-export';

/** How the process leaves: `exit` ends it, `relaunch` starts a fresh one first. */
export type LeaveKind = 'exit' | 'relaunch';

export interface RuntimeDeps {
  settings: Settings;
  settingsProblems: Problem[];
  /** The exhibitor's pack, or null for the bundled one. */
  contentDir: string | null;
  bundledDir: string;
  userData: string;
  clock: Clock;
  log: Logger;
  logPath: string | null;
  /** Main → every live view. */
  broadcast: <E extends EventChannel>(event: E, payload: EventPayloads[E]) => void;
  /**
   * Ends the process once everything is flushed. Electron: a way out each platform honours
   * (see `shutdown.ts`); the harness counts the calls and can start a new runtime.
   */
  leave: (kind: LeaveKind) => void;
  /** Flushes main's log file (electron-log); absent in the harness. */
  flushLog?: () => void | Promise<void>;
  crashPolicy?: CrashPolicy;
  /** How long the out-of-service screen stays before main tries the deck again. */
  retryEveryMs?: number;
  /** Divides attract timing (bench and soak). */
  speed?: number;
  /** Starts a folder watcher (chokidar by default; see content-watch.ts). */
  watchFolder?: (dir: string) => FolderWatcher;
  /** Packs on removable drives (this machine's drives by default; see removable-drives.ts). */
  drivePacks?: () => DrivePack[];
  /** Window mode: the system's folder picker for an import (Electron's dialog); null when cancelled. */
  pickFolder?: () => Promise<string | null>;
  /** Removable drives an analytics export may go to (this machine's by default; analytics-export.ts). */
  exportDrives?: () => string[];
  /** Window mode: the system's folder picker for an analytics export; null when cancelled. */
  pickExportFolder?: () => Promise<string | null>;
  /** The file system an import writes through (Node's by default; tests inject failures). */
  importFs?: ImportFs;
  /** Prints the operator's PDF handout (Electron: handout-print.ts); absent in the harness. */
  printHandout?: CoreDeps['printHandout'];
  /** Present mode: the presenter window's webContents id (windows.ts); absent or null: no window unlocks. */
  presenterView?: CoreDeps['presenterView'];
  /** Present mode: swaps the two windows between displays (windows.ts); absent in the harness. */
  swapDisplays?: CoreDeps['swapDisplays'];
}

export interface MainRuntime {
  core: Core;
  /** Per-window rate limits on renderer calls: one instance for Electron's IPC and the harness alike. */
  ipcThrottle: InvokeThrottle;
  /** The crash history as it is on disk now (oldest first). */
  crashHistory(): readonly number[];
  /**
   * A view's renderer died. Records the crash on disk first (synchronously), then decides:
   * `reload` the view, `relaunch` the app (already under way when this returns), or go
   * `out-of-service` (the caller reloads the view, which then shows the status screen).
   */
  rendererGone(role: ViewRole, reason: string): CrashDecision;
  /** The one way out: flush analytics, crash history and log, then leave. Idempotent. */
  shutdown(reason: string, kind?: LeaveKind): Promise<void>;
  /** True once a shutdown started: window `close` and `before-quit` are let through from then on. */
  isShuttingDown(): boolean;
  /** The live-preview watcher (`--watch` in window mode with an exhibitor's pack), else null. */
  liveWatch: PackWatch | null;
  dispose(): void;
}

/** Retry the deck this often while out of service. */
export const OUT_OF_SERVICE_RETRY_MS = 10 * 60_000;

/** Builds main from its deps. Resolves once content is loaded and the core is ready. */
export async function createMainRuntime(deps: RuntimeDeps): Promise<MainRuntime> {
  const { clock, log, userData, settings } = deps;
  const policy = deps.crashPolicy ?? DEFAULT_CRASH_POLICY;
  const crashFile = join(userData, 'crash-history.json');
  let crashes = pruneHistory(readCrashHistory(crashFile), clock.now(), policy.windowMs);
  let shuttingDown: Promise<void> | null = null;

  const core = await createCore({
    settings,
    settingsProblems: deps.settingsProblems,
    contentDir: deps.contentDir,
    bundledDir: deps.bundledDir,
    clock,
    log,
    analyticsDir: join(userData, 'analytics'),
    logPath: deps.logPath,
    restarts: crashes.length,
    exit: () => void shutdown('operator exit', 'exit'),
    relaunch: () => void shutdown('nightly relaunch', 'relaunch'),
    // The PIN's own files in user data: nothing in settings.json can drop it (pin-store.ts).
    pins: await openPinStore({ userDataDir: userData, now: clock.now, log }),
    // User data's exports folder is made when missing; a drive or picked folder never is.
    saveCsv: (csv, dir) => saveCsvExport(csv, dir, { exportsDir: join(userData, 'exports'), at: clock.now() }),
    speed: deps.speed,
    contentImport: {
      userData,
      drivePacks: deps.drivePacks ?? listSystemRemovablePacks,
      pickFolder: deps.pickFolder,
      fs: deps.importFs,
    },
    printHandout: deps.printHandout,
    swapDisplays: deps.swapDisplays,
    presenterView: deps.presenterView,
    exportTargets: { drives: deps.exportDrives ?? listSystemRemovableDrives, pickFolder: deps.pickExportFolder },
  });
  const ipcThrottle = createInvokeThrottle({ clock, warn: (line) => log.warn(`ipc ${line}`) });
  const offState = core.controller.subscribe((state) => deps.broadcast('deck:state', state));
  const offSnapshot = core.onSnapshot((snapshot) => deps.broadcast('deck:snapshot', snapshot));

  // Out of service: try the deck again on a schedule and when opening time comes round.
  let retryTimer: unknown = null;
  const retry = async (why: string) => {
    if (retryTimer !== null) clock.clearTimeout(retryTimer);
    retryTimer = null;
    log.info(`out of service: trying the deck again (${why})`);
    await core.retry();
  };
  // Live preview is an authoring tool: a kiosk never changes what plays behind a visitor's back.
  const liveWatch = ((): PackWatch | null => {
    if (!settings.watch) return null;
    if (settings.mode !== 'window') {
      log.warn(`--watch is off in ${settings.mode} mode (live preview is for window mode)`);
      return null;
    }
    if (deps.contentDir === null) {
      log.warn('--watch needs a pack folder (--content DIR)');
      return null;
    }
    return watchPack({ dir: deps.contentDir, clock, log, reload: () => core.previewReload(), watch: deps.watchFolder });
  })();
  const offOpening = core.controller.subscribe((state, action) => {
    if (core.isHeldOutOfService() && action.type === 'setOpen' && action.open && state.phase !== 'closed')
      void retry('opening time');
  });

  async function shutdown(reason: string, kind: LeaveKind = 'exit'): Promise<void> {
    shuttingDown ??= (async () => {
      log.info(`shutting down (${reason}) → ${kind}`);
      // Each flush is best effort: a full disk must not keep the kiosk from leaving.
      await core.analytics?.flushed().catch(() => undefined);
      try {
        writeCrashHistorySync(crashFile, crashes);
      } catch (error) {
        log.warn(`crash history not saved: ${String(error)}`);
      }
      await Promise.resolve(deps.flushLog?.()).catch(() => undefined);
      deps.leave(kind);
    })();
    return shuttingDown;
  }

  return {
    core,
    ipcThrottle,
    crashHistory: () => crashes,
    rendererGone(role, reason) {
      const now = clock.now();
      const decision = crashDecision(crashes, now, policy);
      crashes = pruneHistory([...crashes, now], now, policy.windowMs);
      try {
        writeCrashHistorySync(crashFile, crashes);
      } catch (error) {
        log.warn(`crash history not saved: ${String(error)}`);
      }
      log.error(`${role} renderer gone (${reason}); ${crashes.length} recent crash(es) → ${decision}`);
      if (decision === 'relaunch') void shutdown('crash loop', 'relaunch');
      else if (decision === 'out-of-service') {
        core.holdOutOfService(`the ${role} view crashed ${crashes.length} times in ${policy.windowMs / 60_000} min`);
        if (retryTimer === null)
          retryTimer = clock.setTimeout(() => void retry('scheduled'), deps.retryEveryMs ?? OUT_OF_SERVICE_RETRY_MS);
      }
      return decision;
    },
    shutdown,
    isShuttingDown: () => shuttingDown !== null,
    liveWatch,
    dispose() {
      void liveWatch?.close();
      if (retryTimer !== null) clock.clearTimeout(retryTimer);
      ipcThrottle.dispose();
      offOpening();
      offState();
      offSnapshot();
      core.dispose();
    },
  };
}
