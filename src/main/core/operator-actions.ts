/** What each operator action does once the gate let it through (`setPin` is the gate's own). */
import type { OperatorAction, OperatorActionResult } from '../../shared/ipc';
import type { Settings } from '../../shared/settings.schema';
import type { Analytics } from '../analytics';
import type { Clock } from '../clock';
import { exportAnalytics, type ExportTargets } from '../analytics-export';
import { runContentImport, type ContentImportDeps, type LastImport } from '../content-import-action';
import type { DeckController } from '../deck-controller';
import type { ContentHolder } from './content-state';
import type { Logger } from './logger';
import type { Schedules } from './schedules';

export type RunnableAction = Exclude<OperatorAction, { type: 'setPin' }>;

export interface OperatorActionsDeps {
  settings: Pick<Settings, 'mode'>;
  clock: Pick<Clock, 'now'>;
  log: Pick<Logger, 'info' | 'warn'>;
  controller: Pick<DeckController, 'dispatch'>;
  content: Pick<ContentHolder, 'current' | 'reload' | 'playFrom'>;
  analytics: Pick<Analytics, 'exportCsv'> | null;
  /** Writes an analytics CSV into `dir` (user data's exports folder when absent); returns the file path. */
  saveCsv: (csv: string, dir?: string) => Promise<string>;
  /** Removable drives and the folder picker an export may go to (analytics-export.ts). */
  exportTargets?: ExportTargets;
  /** Lifts a crash-loop out-of-service hold: the operator's Reload is a "try again" too. */
  liftHold?: () => void;
  /** Open-now / close-now, and the opening hours now (schedules.ts). */
  schedules: Pick<Schedules, 'setOverride' | 'hours'>;
  /** Import from removable media and Roll back; absent: not offered. */
  contentImport?: ContentImportDeps;
  /** Prints the PDF handout; resolves with the file. */
  printHandout?: (request: { locale: string | null; notes: boolean }) => Promise<string>;
  exit: () => void;
}

export interface OperatorActions {
  run(action: RunnableAction): Promise<OperatorActionResult>;
  /** The last import's or roll back's outcome, in plain words and as a catalogue message (the panel shows it). */
  lastImport(): LastImport;
}

export function setupOperatorActions(deps: OperatorActionsDeps): OperatorActions {
  const { controller, content, log } = deps;
  let lastImport: LastImport = null;

  async function run(action: RunnableAction): Promise<OperatorActionResult> {
    log.info(`operator: ${action.type}`); // never the PIN itself
    switch (action.type) {
      case 'pause':
        controller.dispatch({ type: 'pause' });
        return { ok: true, message: 'paused', say: { id: 'resultPaused' } };
      case 'resume':
        controller.dispatch({ type: 'resume' });
        return { ok: true, message: 'playing', say: { id: 'resultResumed' } };
      case 'reloadContent': {
        deps.liftHold?.();
        await content.reload();
        const { snapshot, packDir } = content.current();
        const ok = snapshot.status === 'ok';
        return {
          ok,
          message: `${snapshot.deck.id}: ${snapshot.status}`,
          say: !ok
            ? { id: 'resultReloadFailed' }
            : snapshot.contentOrigin === 'custom'
              ? { id: 'resultReloadOk', values: { dir: packDir ?? '' } }
              : { id: 'resultReloadBundled' },
        };
      }
      case 'exportAnalytics':
        return exportAnalytics(action, {
          analytics: deps.analytics,
          saveCsv: deps.saveCsv,
          targets: deps.exportTargets,
          mode: deps.settings.mode,
          log,
        });
      case 'setOpenOverride': {
        // No opening hours: the screen is always open, so "Open now" has nothing to change (and
        // stores nothing). After a "Close now" it does undo that, like "Follow the opening hours".
        const now = deps.schedules.hours();
        if (action.open === true && !now.scheduled && now.override === null)
          return {
            ok: true,
            message: 'no opening hours are set: the display is always open; nothing was changed',
            say: { id: 'resultAlwaysOpen' },
          };
        const hours = deps.schedules.setOverride(action.open);
        const id = action.open === null ? 'resultFollowing' : hours.open ? 'resultOpened' : 'resultClosed';
        return { ok: true, message: id, say: { id } };
      }
      case 'importContent':
      case 'importContentFromPicker':
      case 'rollbackContent': {
        if (!deps.contentImport)
          return {
            ok: false,
            message: 'importing content is not available here',
            say: { id: 'importUnavailable' },
          };
        const outcome = await runContentImport(action, {
          ...deps.contentImport,
          mode: deps.settings.mode,
          now: deps.clock.now,
        });
        if (!outcome.ok) {
          lastImport = { message: outcome.message, say: outcome.say };
          log.warn(`content import: ${outcome.message}`);
          return { ok: false, message: outcome.message, say: outcome.say };
        }
        // The imported pack plays from now on; a --content flag or setting wins again at the next start.
        content.playFrom(outcome.contentDir);
        await content.reload();
        log.info(`content import: ${outcome.message}`);
        const playing = content.current().snapshot.deck.id;
        const say = { id: outcome.say.id, values: { ...outcome.say.values, playing } };
        lastImport = { message: outcome.message, say };
        return { ok: true, message: `${outcome.message} · now playing: ${playing}`, say };
      }
      case 'exportHandout': {
        if (!deps.printHandout) return { ok: false, message: 'no printer for handouts here: use npm run handout' };
        try {
          const file = await deps.printHandout({ locale: action.locale, notes: action.notes });
          log.info(`handout written: ${file}`);
          return { ok: true, message: `handout → ${file}`, say: { id: 'resultSavedTo', values: { file } } };
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
  return { run, lastImport: () => lastImport };
}
