/**
 * Main's behaviour without Electron: settings and content in, the deck controller, IPC
 * handlers, operator gate, opening hours and analytics out. `app.ts` wires it to Electron;
 * the Chromium harness wires the very same core to real pages.
 */
import { join } from 'node:path';
import { formatProblem, type Problem } from '../shared/content';
import type { DeckCommand } from '../shared/deck';
import type { DeckSnapshot, InvokeHandlers, OperatorAction, OperatorActionResult, OperatorStatus } from '../shared/ipc';
import type { Settings } from '../shared/settings';
import { createAnalytics, type Analytics } from './analytics';
import type { Clock } from './clock';
import { loadContent, type ContentState } from './content-service';
import { loadPack } from './content/load-pack';
import { placeAfterReload } from './content-watch';
import { contentImportStatus, runContentImport, type ContentImportDeps } from './content-import-action';
import { createDeckController, timingFromDeck, type DeckController } from './deck-controller';
import { isOpen, msUntilNightlyRelaunch, nextChange } from './opening-hours';
import { createOperator } from './operator';
import type { PinStore } from './pin-store';
import { createVisitorTracker } from './visitor-analytics';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

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
  saveCsv: (csv: string) => Promise<string>;
  /** Divides attract timing (bench and soak). */
  speed?: number;
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
  noteError(message: string): void;
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

const VISITOR_INPUT = new Set<DeckCommand['type']>(['input', 'next', 'prev', 'first', 'last', 'goto', 'setLocale']);

/** Builds main's core. */
export async function createCore(deps: CoreDeps): Promise<Core> {
  const { settings, clock, log } = deps;
  const startedAt = clock.now();
  let lastError: string | null = null;
  const snapshotListeners = new Set<(s: DeckSnapshot) => void>();

  let contentDir = deps.contentDir;
  let lastImport: string | null = null;
  let liveProblems: Problem[] = [];
  const load = () =>
    loadContent({
      requestedDir: contentDir,
      bundledDir: deps.bundledDir,
      reducedMotion: settings.reducedMotion,
      whenClosed: settings.openingHours?.whenClosed,
      extraProblems: deps.settingsProblems,
    });
  let content: ContentState = await load();
  content.snapshot.problems.forEach((p) => log.warn(formatProblem(p)));

  const controller = createDeckController({
    clock,
    timing: timingFromDeck(content.snapshot.deck, settings),
    speed: deps.speed,
  });
  let outOfServiceHold: string | null = null;
  // When closed by opening hours: the instant it opens again, for the closed screen.
  let reopensAt: { at: number; daysAway: number } | null = null;
  const snapshot = (): DeckSnapshot => ({
    ...content.snapshot,
    ...(outOfServiceHold ? { status: 'out-of-service' as const } : {}),
    ...(reopensAt !== null ? { reopensAt } : {}),
    ...(liveProblems.length > 0 ? { liveProblems } : {}),
    state: controller.getState(),
  });
  const announce = () => snapshotListeners.forEach((l) => l(snapshot()));

  const analytics =
    settings.analytics && deps.analyticsDir ? createAnalytics({ dir: deps.analyticsDir, now: clock.now }) : null;
  const tracker = analytics
    ? createVisitorTracker((e) => void analytics.record(e), clock.now, {
        slideId: (i) => content.snapshot.deck.slides[i]?.id ?? `#${i}`,
      })
    : null;
  const offTracker = tracker ? controller.subscribe(tracker.onState) : () => undefined;
  tracker?.onState(controller.getState(), { type: 'reset' }); // the slide on screen at start

  // Opening hours: closed outside them, re-checked at each change.
  let hoursTimer: unknown = null;
  const checkHours = () => {
    if (!settings.openingHours) return;
    const at = new Date(clock.now());
    const open = isOpen(settings.openingHours, at);
    const next = nextChange(settings.openingHours, at);
    const reopens = open || !next ? null : { at: next.getTime(), daysAway: calendarDaysBetween(at, next) };
    const reopensChanged = reopens?.at !== reopensAt?.at || reopens?.daysAway !== reopensAt?.daysAway;
    reopensAt = reopens;
    controller.dispatch({ type: 'setOpen', open });
    // The closed screen reads the reopening time from the snapshot: send it again when it changes.
    if (reopensChanged) announce();
    // Re-check at least every 15 minutes: survives clock changes and sleep.
    const wait = next ? Math.min(next.getTime() - at.getTime(), 15 * 60_000) : 15 * 60_000;
    hoursTimer = clock.setTimeout(checkHours, Math.max(1000, wait));
  };
  checkHours();
  const relaunchTimer = settings.nightlyRelaunch
    ? clock.setTimeout(
        () => {
          log.info('nightly relaunch');
          deps.relaunch();
        },
        msUntilNightlyRelaunch(settings.nightlyRelaunch, new Date(clock.now())),
      )
    : null;

  async function reloadContent(): Promise<void> {
    content = await load();
    controller.replaceTiming(timingFromDeck(content.snapshot.deck, settings));
    announce();
  }

  async function previewReload(): Promise<void> {
    if (contentDir === null) return;
    const result = await loadPack(contentDir);
    if (!result.ok) {
      liveProblems = result.problems;
      log.warn(`live preview: pack has ${result.problems.length} problem(s); the last valid deck stays`);
      result.problems.forEach((p) => log.warn(formatProblem(p)));
      announce();
      return;
    }
    const before = controller.getState();
    const beforeId = content.snapshot.deck.slides[before.index]?.id;
    liveProblems = [];
    content = {
      packDir: result.value.dir,
      snapshot: {
        ...content.snapshot,
        deck: result.value.deck,
        contentOrigin: 'custom',
        status: 'ok',
        problems: [...deps.settingsProblems, ...result.warnings],
      },
    };
    controller.replaceTiming(timingFromDeck(content.snapshot.deck, settings));
    placeAfterReload(before, beforeId, content.snapshot.deck).forEach((a) => controller.dispatch(a));
    log.info(`live preview: reloaded ${result.value.deck.id}`);
    announce();
  }

  /** Every operator action but `setPin`, which the operator gate handles with the PIN store. */
  async function run(action: Exclude<OperatorAction, { type: 'setPin' }>): Promise<OperatorActionResult> {
    log.info(`operator: ${action.type}`); // never the PIN itself
    switch (action.type) {
      case 'pause':
        controller.dispatch({ type: 'pause' });
        return { ok: true, message: 'paused' };
      case 'resume':
        controller.dispatch({ type: 'resume' });
        return { ok: true, message: 'playing' };
      case 'reloadContent': {
        await reloadContent();
        return {
          ok: content.snapshot.status === 'ok',
          message: `${content.snapshot.deck.id}: ${content.snapshot.status}`,
        };
      }
      case 'exportAnalytics': {
        if (!analytics) return { ok: false, message: 'analytics are off' };
        const { csv, rows } = await analytics.exportCsv();
        return { ok: true, message: `${rows} rows → ${await deps.saveCsv(csv)}` };
      }
      case 'importContent':
      case 'importContentFromPicker':
      case 'rollbackContent': {
        if (!deps.contentImport) return { ok: false, message: 'importing content is not available here' };
        const outcome = await runContentImport(action, { ...deps.contentImport, mode: settings.mode, now: clock.now });
        lastImport = outcome.message;
        if (!outcome.ok) {
          log.warn(`content import: ${outcome.message}`);
          return outcome;
        }
        // The imported pack plays from now on; a --content flag or setting wins again at the next start.
        contentDir = outcome.contentDir;
        await reloadContent();
        log.info(`content import: ${outcome.message}`);
        return { ok: true, message: `${outcome.message} · now playing: ${content.snapshot.deck.id}` };
      }
      case 'exportHandout': {
        if (!deps.printHandout) return { ok: false, message: 'no printer for handouts here: use npm run handout' };
        try {
          const file = await deps.printHandout({ locale: action.locale, notes: action.notes });
          log.info(`handout written: ${file}`);
          return { ok: true, message: `handout → ${file}` };
        } catch (error) {
          const message = `the handout could not be written (${error instanceof Error ? error.message : String(error)})`;
          log.warn(message);
          return { ok: false, message };
        }
      }
      case 'exit':
        deps.exit();
        return { ok: true, message: 'exiting' };
    }
  }
  const operator = createOperator({ now: clock.now, mode: settings.mode, pins: deps.pins, log, run });

  const status = (): OperatorStatus => ({
    contentStatus: outOfServiceHold ? 'out-of-service' : content.snapshot.status,
    contentOrigin: content.snapshot.contentOrigin,
    contentDir: content.packDir,
    problems: content.snapshot.problems.filter((p) => !deps.settingsProblems.includes(p)),
    settingsProblems: deps.settingsProblems,
    uptimeSeconds: Math.round((clock.now() - startedAt) / 1000),
    restarts: deps.restarts,
    lastError,
    logPath: deps.logPath,
    analyticsDir: analytics ? deps.analyticsDir : null,
    analyticsHealth: analytics?.health(),
    pinSet: operator.pinSet(),
    paused: controller.getState().paused,
    ...(deps.contentImport
      ? { contentImport: contentImportStatus(deps.contentImport, settings.mode, lastImport) }
      : {}),
  });

  const handlers: InvokeHandlers = {
    'deck:get': () => snapshot(),
    'deck:command': (_context, command) => {
      const state = controller.dispatch(command);
      // After the dispatch, so the touch that starts a session counts in it.
      if (tracker && VISITOR_INPUT.has(command.type)) tracker.onTouch();
      return state;
    },
    'view:report': (_context, report) => {
      if (report.level === 'error') lastError = `${report.slideId ? `[${report.slideId}] ` : ''}${report.message}`;
      log[report.level === 'info' ? 'info' : report.level](
        `view${report.slideId ? ` [${report.slideId}]` : ''}: ${report.message}`,
      );
    },
    // The gate logs each answer itself (never the PIN).
    'operator:unlock': (context, pin) => operator.unlock(context, pin),
    'operator:status': (context) => {
      operator.assertUnlocked(context);
      return status();
    },
    'operator:action': (context, action) => operator.action(context, action),
    'operator:lock': (context) => operator.lock(context),
  };

  return {
    controller,
    handlers,
    content: () => content,
    snapshot,
    onSnapshot(listener) {
      snapshotListeners.add(listener);
      return () => snapshotListeners.delete(listener);
    },
    noteError(message) {
      lastError = message;
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
      await reloadContent();
      log.info(`retry: content ${content.snapshot.deck.id} (${content.snapshot.status})`);
      return snapshot();
    },
    previewReload,
    analytics,
    dispose() {
      offTracker();
      if (hoursTimer !== null) clock.clearTimeout(hoursTimer);
      if (relaunchTimer !== null) clock.clearTimeout(relaunchTimer);
      controller.dispose();
    },
  };
}

/** `<dir>/analytics-<timestamp>.csv` name for an export. */
export function csvExportName(dir: string, at: number): string {
  return join(dir, `analytics-${new Date(at).toISOString().replace(/[:.]/g, '-')}.csv`);
}

/** Local calendar days from `from` to `to` (0: same day, 1: tomorrow), for "open again tomorrow". */
function calendarDaysBetween(from: Date, to: Date): number {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((midnight(to) - midnight(from)) / 86_400_000);
}
