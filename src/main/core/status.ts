/** What the unlocked operator overlay shows: content and settings health, uptime, analytics, PIN. */
import { hostname } from 'node:os';
import type { Problem } from '../../shared/content';
import type { HoursStatus, OperatorStatus } from '../../shared/ipc';
import { exportTargetsStatus, type ExportTargets } from '../analytics-export';
import { problemGroups } from '../operator-status';
import type { Settings } from '../../shared/settings.schema';
import type { Analytics } from '../analytics';
import type { Clock } from '../clock';
import { contentImportStatus, type ContentImportDeps, type LastImport } from '../content-import-action';
import type { DeckController } from '../deck-controller';
import type { ContentHolder } from './content-state';
import type { Logger } from './logger';

export interface StatusDeps {
  settings: Pick<Settings, 'mode'>;
  settingsProblems: Problem[];
  clock: Pick<Clock, 'now'>;
  /** A drive listing that fails is logged here and shows as no drive. */
  log: Pick<Logger, 'warn'>;
  /** When main started (uptime counts from it). */
  startedAt: number;
  content: Pick<ContentHolder, 'current'>;
  controller: Pick<DeckController, 'getState'>;
  analytics: Pick<Analytics, 'health'> | null;
  analyticsDir: string | null;
  logPath: string | null;
  restarts: number;
  contentImport?: ContentImportDeps;
  /** The crash-loop hold's reason, or null when not held out of service. */
  outOfService: () => string | null;
  lastError: () => string | null;
  lastImport: () => LastImport;
  pinSet: () => boolean;
  /** The pack asked for now (flag, setting, import), failed or not. */
  requestedDir: () => string | null;
  hours: () => HoursStatus;
  exportTargets?: ExportTargets;
}

/** Returns the function that reads the status now. */
export function setupStatus(deps: StatusDeps): () => OperatorStatus {
  const { clock, settings, startedAt } = deps;
  return () => {
    const current = deps.content.current();
    const { snapshot, packDir } = current;
    return {
      contentStatus: deps.outOfService() ? 'out-of-service' : snapshot.status,
      contentOrigin: snapshot.contentOrigin,
      contentDir: packDir,
      problems: snapshot.problems,
      settingsProblems: deps.settingsProblems,
      uptimeSeconds: Math.round((clock.now() - startedAt) / 1000),
      restarts: deps.restarts,
      lastError: deps.lastError(),
      logPath: deps.logPath,
      analyticsDir: deps.analytics ? deps.analyticsDir : null,
      analyticsHealth: deps.analytics?.health(),
      pinSet: deps.pinSet(),
      paused: deps.controller.getState().paused,
      deviceName: hostname(),
      requestedDir: deps.requestedDir(),
      problemGroups: problemGroups(current, deps.settingsProblems),
      outOfServiceReason: deps.outOfService(),
      hours: deps.hours(),
      exportTargets: exportTargetsStatus(deps.exportTargets, settings.mode, deps.log),
      ...(deps.contentImport
        ? { contentImport: contentImportStatus(deps.contentImport, settings.mode, deps.lastImport(), deps.log) }
        : {}),
    };
  };
}
