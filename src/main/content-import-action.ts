/**
 * The operator's Import and Roll back actions over content-import.ts: which folder may be imported
 * (only one main itself found on a removable drive, or one the person picked in the system's folder
 * picker in window mode — never a path the page made up), and what the panel shows.
 */
import { existsSync } from 'node:fs';
import type { ContentImportStatus, OperatorAction } from '../shared/ipc';
import type { Mode } from '../shared/deck';
import { contentPaths, importPack, rollBack, type ImportDeps, type ImportFs, type ImportSay } from './content-import';
import type { DrivePack } from './removable-drives';
import type { Logger } from './core/logger';

export interface ContentImportDeps {
  userData: string;
  /** Packs on removable drives now (removable-drives.ts over the real file system). */
  drivePacks: () => DrivePack[];
  /** The system's folder picker (Electron's dialog, window mode); resolves null when cancelled. */
  pickFolder?: () => Promise<string | null>;
  fs?: ImportFs;
  validate?: ImportDeps['validate'];
}

type ImportAction = Extract<OperatorAction, { type: 'importContent' | 'importContentFromPicker' | 'rollbackContent' }>;

/** `message`: plain English for the log; `say`: the same for the panel, in the operator's language. */
export type ImportOutcome =
  { ok: true; message: string; say: ImportSay; contentDir: string } | { ok: false; message: string; say: ImportSay };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The packs on drives now, or why they could not be listed (a listing that throws is an answer too). */
function listPacks(deps: Pick<ContentImportDeps, 'drivePacks'>): { packs: DrivePack[] } | { error: string } {
  try {
    return { packs: deps.drivePacks() };
  } catch (error) {
    return { error: reasonOf(error) };
  }
}

/** Runs one import or roll back; on success the caller plays `contentDir`. */
export async function runContentImport(
  action: ImportAction,
  deps: ContentImportDeps & { mode: Mode; now: () => number },
): Promise<ImportOutcome> {
  const importDeps: ImportDeps = { userData: deps.userData, now: deps.now, fs: deps.fs, validate: deps.validate };
  let source: string;
  switch (action.type) {
    case 'rollbackContent': {
      const result = await rollBack(importDeps);
      return result.ok ? { ...result, contentDir: contentPaths(deps.userData).current } : result;
    }
    case 'importContentFromPicker': {
      if (deps.mode !== 'window' || !deps.pickFolder)
        return {
          ok: false,
          message: 'the folder picker is only offered in window mode',
          say: { id: 'resultPickerWindowOnly' },
        };
      const picked = await deps.pickFolder();
      if (picked === null)
        return { ok: false, message: 'no folder was chosen; nothing was changed', say: { id: 'importNoFolder' } };
      source = picked;
      break;
    }
    case 'importContent': {
      // Only a folder main listed itself: an unlocked page cannot name any path on the machine.
      const listing = listPacks(deps);
      if ('error' in listing)
        return {
          ok: false,
          message: `the removable drives could not be listed (${listing.error}); nothing was changed`,
          say: { id: 'drivesUnreadable', values: { reason: listing.error } },
        };
      const listed = listing.packs.find((p) => p.dir === action.dir);
      if (!listed)
        return {
          ok: false,
          message: `${action.dir} is not a pack on a removable drive now (refresh the list)`,
          say: { id: 'importNotListed', values: { dir: action.dir } },
        };
      source = listed.dir;
      break;
    }
  }
  const result = await importPack(source, importDeps);
  return result.ok ? { ...result, contentDir: contentPaths(deps.userData).current } : result;
}

/** The last import's or roll back's outcome: English for the log, the catalogue message for the panel. */
export type LastImport = { message: string; say: ImportSay } | null;

/**
 * The panel's import section: packs on drives now, the picker, Roll back, the last outcome. A
 * listing that throws is logged and shows as no pack found.
 */
export function contentImportStatus(
  deps: ContentImportDeps,
  mode: Mode,
  last: LastImport,
  log: Pick<Logger, 'warn'>,
): ContentImportStatus {
  const listing = listPacks(deps);
  if ('error' in listing) log.warn(`content import: the removable drives could not be listed (${listing.error})`);
  return {
    drivePacks: 'error' in listing ? [] : listing.packs,
    canPickFolder: mode === 'window' && deps.pickFolder !== undefined,
    previousPack: existsSync(contentPaths(deps.userData).previous),
    lastResult: last?.message ?? null,
    ...(last ? { lastResultSay: last.say } : {}),
  };
}
