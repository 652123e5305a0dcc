/**
 * Main's behaviour without Electron, composed from one module per job (src/main/core/): the
 * content that plays, the schedules, visitor tracking, the operator's actions, the operator
 * status and the IPC handlers. `app.ts` wires it to Electron; the Chromium harness wires the very
 * same core to real pages.
 */
import type { ExportTargets } from './analytics-export';
import type { Problem } from '../shared/content';
import type { DeckSnapshot, InvokeHandlers } from '../shared/ipc';
import type { Settings } from '../shared/settings.schema';
import { createAnalytics, type Analytics } from './analytics';
import type { Clock } from './clock';
import type { ContentState } from './content-service';
import type { ContentImportDeps } from './content-import-action';
import { createDeckController, type DeckController } from './deck-controller';
import { createOperator } from './operator';
import type { PinStore } from './pin-store';
import { setupContentState } from './core/content-state';
import { setupHandlers } from './core/handlers';
import type { Logger } from './core/logger';
import { setupOperatorActions } from './core/operator-actions';
import { setupPresenterControls } from './core/presenter-controls';
import { setupSchedules } from './core/schedules';
import { setupStatus } from './core/status';
import { setupVisitorTracking } from './core/visitor-tracking';

export type { Logger } from './core/logger';

export interface CoreDeps {
  settings: Settings;
  settingsProblems: Problem[];
  /** The exhibitor's pack (flag, setting or user-data convention), or null for the bundled one. */
  contentDir: string | null;
  bundledDir: string;
  clock: Clock;
  log: Logger;
  /** Where analytics go (`<userData>/analytics`); null disables them. */
  analyticsDir: string | null;
  logPath: string | null;
  restarts: number;
  exit: () => void;
  relaunch: () => void;
  /** The operator PIN's own files in user data (src/main/pin-store.ts): state, guess gate, save. */
  pins: PinStore;
  /** Where an analytics CSV export is written; returns the file path. */
  saveCsv: (csv: string, dir?: string) => Promise<string>;
  /** Removable drives and the folder picker an analytics export may go to; absent: user data only. */
  exportTargets?: ExportTargets;
  /** Divides attract timing (bench and soak). */
  speed?: number;
  /** Present mode: the presenter window's webContents id, the only one that unlocks the operator (operator.ts). */
  presenterView?: () => number | null;
  /** Present mode: swaps the audience and presenter windows between displays (windows.ts); absent: no windows. */
  swapDisplays?: () => boolean;
  /** Import from removable media and Roll back (content-import-action.ts); absent: not offered. */
  contentImport?: ContentImportDeps;
  /** Prints the PDF handout (Electron's printToPDF, handout-print.ts); resolves with the file. */
  printHandout?: (request: { locale: string | null; notes: boolean }) => Promise<string>;
}

export interface Core {
  controller: DeckController;
  handlers: InvokeHandlers;
  content(): ContentState;
  snapshot(): DeckSnapshot;
  /** Called when content or status changes, so views fetch anew. */
  onSnapshot(listener: (snapshot: DeckSnapshot) => void): () => void;
  /**
   * Puts the deck out of service (a crash loop) until {@link Core.retry}: `deck:get` and every
   * snapshot then say `out-of-service`, so a freshly loaded view shows the calm status screen.
   */
  holdOutOfService(reason: string): void;
  /** True while {@link Core.holdOutOfService} is in force. */
  isHeldOutOfService(): boolean;
  /** Lifts the hold and reloads the content, then tells every view (it may still be out of service). */
  retry(): Promise<DeckSnapshot>;
  /**
   * Live preview: reloads the exhibitor's pack alone. A valid pack replaces the deck and keeps the
   * viewer's slide and language; a broken one leaves the last valid deck playing and lists its
   * problems in every snapshot (`liveProblems`) until a reload succeeds.
   */
  previewReload(): Promise<void>;
  analytics: Analytics | null;
  dispose(): void;
}

/** Builds main's core. */
export async function createCore(deps: CoreDeps): Promise<Core> {
  const { settings, clock, log } = deps;
  const startedAt = clock.now();
  let lastError: string | null = null;
  let outOfServiceHold: string | null = null;
  const snapshotListeners = new Set<(s: DeckSnapshot) => void>();
  // Each part below tells the views through this; nobody listens before createCore returns.
  const announce = () => snapshotListeners.forEach((l) => l(snapshot()));

  // The operator gate is built below; until then nobody is unlocked.
  let operating = () => false;
  const { content, controller } = await setupContentState({
    ...deps,
    createController: (timing) =>
      createDeckController({ clock, timing, speed: deps.speed, idleHeld: () => operating() }),
    announce,
  });
  const analytics =
    settings.analytics && deps.analyticsDir ? createAnalytics({ dir: deps.analyticsDir, now: clock.now }) : null;
  const visitors = setupVisitorTracking({
    analytics,
    clock,
    controller,
    slideId: (i) => content.current().snapshot.deck.slides[i]?.id ?? `#${i}`,
  });
  const schedules = setupSchedules({
    settings,
    clock,
    log,
    controller,
    onReopensChange: announce,
    relaunch: deps.relaunch,
  });

  const presenter = setupPresenterControls({ settings, log, announce, swapDisplays: deps.swapDisplays });

  function snapshot(): DeckSnapshot {
    const reopensAt = schedules.reopensAt();
    const visitorControls = presenter.visitorControls();
    const liveProblems = content.liveProblems();
    return {
      ...content.current().snapshot,
      ...(outOfServiceHold ? { status: 'out-of-service' as const } : {}),
      ...(reopensAt !== null ? { reopensAt } : {}),
      ...(liveProblems.length > 0 ? { liveProblems } : {}),
      ...(visitorControls ? { visitorControls } : {}),
      state: controller.getState(),
    };
  }

  const actions = setupOperatorActions({
    ...deps,
    controller,
    content,
    analytics,
    schedules,
    liftHold: () => {
      if (outOfServiceHold) log.info('operator: trying again after the out-of-service hold');
      outOfServiceHold = null;
    },
  });
  const operator = createOperator({
    now: clock.now,
    mode: settings.mode,
    pins: deps.pins,
    log,
    run: actions.run,
    presenterView: deps.presenterView,
  });
  operating = () => operator.anyUnlocked();
  const status = setupStatus({
    ...deps,
    startedAt,
    content,
    controller,
    analytics,
    outOfService: () => outOfServiceHold,
    lastError: () => lastError,
    lastImport: actions.lastImport,
    pinSet: () => operator.pinSet(),
    hours: schedules.hours,
    requestedDir: () => content.current().byPack?.find((p) => p.origin === 'custom')?.dir ?? null,
  });
  const noteError = (message: string) => {
    lastError = message;
  };
  const handlers = setupHandlers({ snapshot, controller, visitors, operator, status, log, noteError, presenter });

  return {
    controller,
    handlers,
    content: () => content.current(),
    snapshot,
    onSnapshot(listener) {
      snapshotListeners.add(listener);
      return () => snapshotListeners.delete(listener);
    },
    holdOutOfService(reason) {
      outOfServiceHold = reason;
      lastError = reason;
      log.error(`out of service: ${reason}`);
      announce();
    },
    isHeldOutOfService: () => outOfServiceHold !== null,
    async retry() {
      outOfServiceHold = null;
      await content.reload();
      const { snapshot: now } = content.current();
      log.info(`retry: content ${now.deck.id} (${now.status})`);
      return snapshot();
    },
    previewReload: () => content.previewReload(),
    analytics,
    dispose() {
      visitors.dispose();
      schedules.dispose();
      controller.dispose();
    },
  };
}

/** `<dir>/analytics-<timestamp>.csv` (analytics-export.ts writes it). */
export { csvExportName } from './analytics-export';
