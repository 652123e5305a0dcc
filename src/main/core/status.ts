/** What the unlocked operator overlay shows: content and settings health, uptime, analytics, PIN. */
import type { Problem } from '../../shared/content';
import type { OperatorStatus } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { Analytics } from '../analytics';
import type { Clock } from '../clock';
import { contentImportStatus, type ContentImportDeps } from '../content-import-action';
import type { DeckController } from '../deck-controller';
import type { ContentHolder } from './content-state';

export interface StatusDeps {
  settings: Pick<Settings, 'mode'>;
  settingsProblems: Problem[];
  clock: Pick<Clock, 'now'>;
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
  lastImport: () => string | null;
  pinSet: () => boolean;
}

/** Returns the function that reads the status now. */
export function setupStatus(deps: StatusDeps): () => OperatorStatus {
  const { clock, settings, startedAt } = deps;
  return () => {
    const { snapshot, packDir } = deps.content.current();
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
      ...(deps.contentImport
        ? { contentImport: contentImportStatus(deps.contentImport, settings.mode, deps.lastImport()) }
        : {}),
    };
  };
}
