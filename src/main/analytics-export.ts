/**
 * The operator's analytics export: into user data's exports folder, onto a removable drive main
 * lists itself (a USB stick: removable-drives.ts — never a path the page made up), or, in window
 * mode, into a folder picked in the system's folder picker.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { OperatorAction, OperatorActionResult } from '../shared/ipc';
import type { Mode } from '../shared/deck';
import type { Analytics } from './analytics';
import type { Logger } from './core/logger';
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
  /** Why a drive listing failed. */
  log: Pick<Logger, 'warn'>;
}

/** `<dir>/analytics-<timestamp>.csv` name for an export. */
export function csvExportName(dir: string, at: number): string {
  return join(dir, `analytics-${new Date(at).toISOString().replace(/[:.]/g, '-')}.csv`);
}

/** A named export folder (a drive, a picked folder) is not there: nothing was written anywhere. */
export class ExportFolderGone extends Error {
  constructor(readonly dir: string) {
    super(`${dir} is not there (was the drive pulled out?)`);
    this.name = 'ExportFolderGone';
  }
}

/**
 * Writes an export and resolves with the file. With no folder named it goes into `exportsDir`
 * (user data's, made when missing). A named folder must exist already: nothing is created there,
 * because a USB stick pulled out leaves its mount path behind as a plain folder on the system disk
 * (or none at all), and the export would land there instead of on the stick. A missing folder
 * throws {@link ExportFolderGone}.
 */
export async function saveCsvExport(
  csv: string,
  dir: string | undefined,
  where: { exportsDir: string; at: number },
): Promise<string> {
  if (dir === undefined) await mkdir(where.exportsDir, { recursive: true });
  const file = csvExportName(dir ?? where.exportsDir, where.at);
  try {
    await writeFile(file, csv, 'utf8');
  } catch (error) {
    if (dir !== undefined && (error as NodeJS.ErrnoException | null)?.code === 'ENOENT')
      throw new ExportFolderGone(dir);
    throw error;
  }
  return file;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The drives now, or why they could not be listed (a listing that throws is an answer too). */
function listDrives(targets: ExportTargets | undefined): { drives: string[] } | { error: string } {
  try {
    return { drives: targets?.drives() ?? [] };
  } catch (error) {
    return { error: reasonOf(error) };
  }
}

/** What the panel offers: the drives now (none when the listing fails; logged), and the picker in window mode. */
export function exportTargetsStatus(targets: ExportTargets | undefined, mode: Mode, log: Pick<Logger, 'warn'>) {
  const listing = listDrives(targets);
  if ('error' in listing) log.warn(`analytics export: the removable drives could not be listed (${listing.error})`);
  return {
    drives: 'error' in listing ? [] : listing.drives,
    canPickFolder: mode === 'window' && targets?.pickFolder !== undefined,
  };
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
      return {
        ok: false,
        message: 'the folder picker is only offered in window mode',
        say: { id: 'resultPickerWindowOnly' },
      };
    const picked = await deps.targets.pickFolder();
    if (picked === null)
      return { ok: false, message: 'no folder was chosen; nothing was saved', say: { id: 'resultExportCancelled' } };
    dir = picked;
  } else if (action.drive !== undefined) {
    // Only a drive main listed itself: an unlocked page cannot name any path on the machine.
    const listing = listDrives(deps.targets);
    if ('error' in listing) {
      const message = `the removable drives could not be listed (${listing.error}); nothing was saved`;
      deps.log.warn(`analytics export: ${message}`);
      return { ok: false, message, say: { id: 'drivesUnreadable', values: { reason: listing.error } } };
    }
    if (!listing.drives.includes(action.drive))
      return { ok: false, message: `${action.drive} is not a removable drive now`, say: { id: 'exportNoDrive' } };
    dir = action.drive;
  }
  try {
    const { csv, rows } = await deps.analytics.exportCsv();
    const file = await deps.saveCsv(csv, dir);
    return { ok: true, message: `${rows} rows → ${file}`, say: { id: 'resultExported', values: { rows, file } } };
  } catch (error) {
    if (error instanceof ExportFolderGone)
      return {
        ok: false,
        message: `${error.message}; nothing was saved`,
        say: { id: 'exportFolderGone', values: { dir: error.dir } },
      };
    const reason = reasonOf(error);
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
