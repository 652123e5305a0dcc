/**
 * Where the operator's analytics export can go (src/main/analytics-export.ts): what the panel is
 * offered (the drives listed now, the picker only in window mode), runtime.ts's writer
 * (saveCsvExport: user data's exports folder made when missing, a named folder never), and the
 * system's removable drive listing. Real temp folders.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvExportName } from '../../../src/main/core';
import {
  exportTargetsStatus,
  ExportFolderGone,
  listSystemRemovableDrives,
  saveCsvExport,
} from '../../../src/main/analytics-export';
import { AT, quiet, recordingLog, tmp } from '../../support/analytics-export';

describe('exportTargetsStatus', () => {
  it('offers the drives listed now, and the picker only in window mode with a picker', () => {
    const pickFolder = async () => null;
    expect(exportTargetsStatus({ drives: () => ['/media/u/STICK'], pickFolder }, 'window', quiet)).toEqual({
      drives: ['/media/u/STICK'],
      canPickFolder: true,
    });
    expect(exportTargetsStatus({ drives: () => ['/media/u/STICK'], pickFolder }, 'kiosk', quiet)).toEqual({
      drives: ['/media/u/STICK'],
      canPickFolder: false,
    });
    expect(exportTargetsStatus({ drives: () => [], pickFolder }, 'present', quiet).canPickFolder).toBe(false);
    expect(exportTargetsStatus({ drives: () => [] }, 'window', quiet)).toEqual({ drives: [], canPickFolder: false });
    expect(exportTargetsStatus(undefined, 'window', quiet)).toEqual({ drives: [], canPickFolder: false });
  });

  it('asks for the drives each time (a stick pulled out is gone from the next status)', () => {
    let drives = ['E:\\'];
    const targets = { drives: () => drives };
    expect(exportTargetsStatus(targets, 'kiosk', quiet).drives).toEqual(['E:\\']);
    drives = [];
    expect(exportTargetsStatus(targets, 'kiosk', quiet).drives).toEqual([]);
  });

  it('a drive listing that throws shows as no drive, and the reason is logged', () => {
    const targets = {
      drives: () => {
        throw new Error('EIO: /media unreadable');
      },
      pickFolder: async () => null,
    };
    const log = recordingLog();
    expect(exportTargetsStatus(targets, 'window', log)).toEqual({ drives: [], canPickFolder: true });
    expect(log.warnings).toEqual([
      'analytics export: the removable drives could not be listed (EIO: /media unreadable)',
    ]);
  });
});

describe('saveCsvExport (runtime.ts’s writer)', () => {
  it('makes user data’s exports folder when it is missing, and writes the file there', async () => {
    const root = await tmp();
    const exportsDir = join(root, 'user', 'exports');
    const file = await saveCsvExport('a,b\r\n', undefined, { exportsDir, at: AT });
    expect(file).toBe(csvExportName(exportsDir, AT));
    expect(await readFile(file, 'utf8')).toBe('a,b\r\n');
  });

  it('never makes a named folder: a stick’s mount path that is gone throws ExportFolderGone and stays gone', async () => {
    const root = await tmp();
    const mountPath = join(root, 'media', 'u', 'STICK');
    const thrown = await saveCsvExport('a,b\r\n', mountPath, { exportsDir: join(root, 'exports'), at: AT }).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(ExportFolderGone);
    expect(thrown).toMatchObject({ dir: mountPath });
    expect(await readdir(root)).toEqual([]); // neither the mount path nor user data's exports folder
  });

  it('writes into a named folder that exists', async () => {
    const stick = await tmp('stick-');
    const file = await saveCsvExport('x', stick, { exportsDir: join(stick, 'unused'), at: AT });
    expect(await readdir(stick)).toEqual([file.slice(stick.length + 1)]);
  });
});

describe('listSystemRemovableDrives', () => {
  it('lists only mount points under the platform’s removable roots, without throwing', () => {
    const drives = listSystemRemovableDrives();
    expect(Array.isArray(drives)).toBe(true);
    for (const d of drives) {
      if (process.platform === 'win32') expect(d).toMatch(/^[D-Z]:\\$/);
      else if (process.platform === 'darwin') expect(d.startsWith('/Volumes/')).toBe(true);
      else expect(d).toMatch(/^\/(run\/media|media)\/[^/]+/);
    }
  });
});
