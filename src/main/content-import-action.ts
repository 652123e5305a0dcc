/**
 * The operator's Import and Roll back actions over content-import.ts: which folder may be imported
 * (only one main itself found on a removable drive, or one the person picked in the system's folder
 * picker in window mode — never a path the page made up), and what the panel shows.
 */
import { existsSync } from 'node:fs';
import type { ContentImportStatus, OperatorAction } from '../shared/ipc';
import type { Mode } from '../shared/deck';
import { contentPaths, importPack, rollBack, type ImportDeps, type ImportFs } from './content-import';
import type { DrivePack } from './removable-drives';

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

export type ImportOutcome = { ok: true; message: string; contentDir: string } | { ok: false; message: string };

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
        return { ok: false, message: 'the folder picker is only offered in window mode' };
      const picked = await deps.pickFolder();
      if (picked === null) return { ok: false, message: 'no folder was chosen; nothing was changed' };
      source = picked;
      break;
    }
    case 'importContent': {
      // Only a folder main listed itself: an unlocked page cannot name any path on the machine.
      const listed = deps.drivePacks().find((p) => p.dir === action.dir);
      if (!listed)
        return { ok: false, message: `${action.dir} is not a pack on a removable drive now (refresh the list)` };
      source = listed.dir;
      break;
    }
  }
  const result = await importPack(source, importDeps);
  return result.ok ? { ...result, contentDir: contentPaths(deps.userData).current } : result;
}

/** The panel's import section: packs on drives now, the picker, Roll back, the last outcome. */
export function contentImportStatus(
  deps: ContentImportDeps,
  mode: Mode,
  lastResult: string | null,
): ContentImportStatus {
  return {
    drivePacks: deps.drivePacks(),
    canPickFolder: mode === 'window' && deps.pickFolder !== undefined,
    previousPack: existsSync(contentPaths(deps.userData).previous),
    lastResult,
  };
}
