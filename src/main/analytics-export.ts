/**
 * The operator's analytics export: into user data's exports folder, onto a removable drive main
 * lists itself (a USB stick: removable-drives.ts — never a path the page made up), or, in window
 * mode, into a folder picked in the system's folder picker.
 */
import { userInfo } from 'node:os';
import type { OperatorAction, OperatorActionResult } from '../shared/ipc';
import type { Mode } from '../shared/deck';
import type { Analytics } from './analytics';
import { nodeDriveFs, removableRoots } from './removable-drives';

export interface ExportTargets {
  /** Removable drives mounted now (their roots). */
  drives: () => string[];
  /** The system's folder picker (window mode); resolves null when cancelled. */
  pickFolder?: () => Promise<string | null>;
}

export interface AnalyticsExportDeps {
  analytics: Pick<Analytics, 'exportCsv'> | null;
  /** Writes the CSV into `dir` (user data's exports folder when absent); resolves with the file. */
  saveCsv: (csv: string, dir?: string) => Promise<string>;
  targets?: ExportTargets;
  mode: Mode;
}

/** What the panel offers: the drives now, and the picker in window mode. */
export function exportTargetsStatus(targets: ExportTargets | undefined, mode: Mode) {
  return { drives: targets?.drives() ?? [], canPickFolder: mode === 'window' && targets?.pickFolder !== undefined };
}

/** Runs one export; the result carries the catalogue message the panel shows. */
export async function exportAnalytics(
  action: Extract<OperatorAction, { type: 'exportAnalytics' }>,
  deps: AnalyticsExportDeps,
): Promise<OperatorActionResult> {
  if (!deps.analytics) return { ok: false, message: 'analytics are off', say: { id: 'analyticsOff' } };
  let dir: string | undefined;
  if (action.picker) {
    if (deps.mode !== 'window' || !deps.targets?.pickFolder)
      return { ok: false, message: 'the folder picker is only offered in window mode' };
    const picked = await deps.targets.pickFolder();
    if (picked === null)
      return { ok: false, message: 'no folder was chosen; nothing was saved', say: { id: 'resultExportCancelled' } };
    dir = picked;
  } else if (action.drive !== undefined) {
    // Only a drive main listed itself: an unlocked page cannot name any path on the machine.
    if (!(deps.targets?.drives() ?? []).includes(action.drive))
      return { ok: false, message: `${action.drive} is not a removable drive now`, say: { id: 'exportNoDrive' } };
    dir = action.drive;
  }
  try {
    const { csv, rows } = await deps.analytics.exportCsv();
    const file = await deps.saveCsv(csv, dir);
    return { ok: true, message: `${rows} rows → ${file}`, say: { id: 'resultExported', values: { rows, file } } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the export failed: ${reason}`, say: { id: 'resultFailed', values: { reason } } };
  }
}

/** This machine's removable drives now (process.platform, the login name, %SystemDrive%). */
export function listSystemRemovableDrives(): string[] {
  let user = process.env.USER ?? process.env.USERNAME ?? '';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (a container): the environment's name will do.
  }
  return removableRoots({ platform: process.platform, user, systemDrive: process.env.SystemDrive, fs: nodeDriveFs });
}
