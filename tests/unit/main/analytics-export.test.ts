/**
 * The operator's analytics export (src/main/analytics-export.ts), exportAnalytics: which folder it
 * goes to (user data's exports folder, or a drive main listed itself), and what a drive that
 * vanished, a folder that is missing or cannot be written, or a failing read says. Real temp
 * folders and the real CSV reader (analytics.ts); `saveCsv` is runtime.ts's own writer
 * (saveCsvExport), or another where a test says so (tests/support/analytics-export.ts). The
 * folder picker is in analytics-export-picker.test.ts; what the panel is offered, the writer
 * itself and the system's drive listing in analytics-export-targets.test.ts.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/main/analytics-csv';
import { csvExportName } from '../../../src/main/core';
import { exportAnalytics, exportTargetsStatus, type AnalyticsExportDeps } from '../../../src/main/analytics-export';
import { AT, listed, quiet, runtimeSaveCsv, setup, tmp } from '../../support/analytics-export';

describe('exportAnalytics', () => {
  it('with no target named: into user data’s exports folder (created), the rows counted', async () => {
    const s = await setup();
    const result = await exportAnalytics({ type: 'exportAnalytics' }, s.deps);
    const file = csvExportName(s.exportsDir, AT);
    expect(result).toEqual({
      ok: true,
      message: `2 rows → ${file}`,
      say: { id: 'resultExported', values: { rows: 2, file } },
    });
    expect(s.saveCalls).toEqual([undefined]);
    const csv = await readFile(file, 'utf8');
    expect(csv.split('\r\n')).toEqual([
      'time,type,slideId,locale,dwellMs,durationMs,touches',
      '2025-06-02T10:00:00.000Z,session_start,,,,,',
      '2025-06-02T10:00:05.000Z,slide_view,intro,en,5000,,',
      '',
    ]);
  });

  it('analytics off: refused before any target is asked for or any file written', async () => {
    const s = await setup();
    let picked = 0;
    const result = await exportAnalytics(
      { type: 'exportAnalytics', picker: true },
      {
        ...s.deps,
        analytics: null,
        mode: 'window',
        targets: {
          drives: () => [],
          pickFolder: async () => {
            picked++;
            return s.root;
          },
        },
      },
    );
    expect(result).toEqual({ ok: false, message: 'analytics are off', say: { id: 'analyticsOff' } });
    expect(picked).toBe(0);
    expect(s.saveCalls).toEqual([]);
  });

  it('onto a drive main lists now: the file is written on it', async () => {
    const stick = await tmp('stick-');
    const { targets } = listed('/media/u/OTHER', stick);
    const s = await setup({ targets });
    const result = await exportAnalytics({ type: 'exportAnalytics', drive: stick }, s.deps);
    const file = csvExportName(stick, AT);
    expect(result).toMatchObject({ ok: true, say: { id: 'resultExported', values: { rows: 2, file } } });
    expect(s.saveCalls).toEqual([stick]);
    expect(await readdir(stick)).toEqual([file.slice(stick.length + 1)]);
  });

  it('a path main did not list is refused, whatever it looks like; nothing is read or written', async () => {
    const stick = await tmp('stick-');
    const { targets } = listed(stick);
    const s = await setup({ targets });
    for (const drive of ['/etc', `${stick}/sub`, `${stick}/../..`, `${stick}/`, stick.toUpperCase(), '']) {
      const result = await exportAnalytics({ type: 'exportAnalytics', drive }, s.deps);
      expect(result, drive).toEqual({
        ok: false,
        message: `${drive} is not a removable drive now`,
        say: { id: 'exportNoDrive' },
      });
    }
    expect(s.reads()).toBe(0);
    expect(s.saveCalls).toEqual([]);
    expect(await readdir(stick)).toEqual([]);
  });

  it('with no export targets at all, any drive is refused', async () => {
    const s = await setup({ targets: undefined });
    await expect(exportAnalytics({ type: 'exportAnalytics', drive: '/media/u/STICK' }, s.deps)).resolves.toMatchObject({
      ok: false,
      say: { id: 'exportNoDrive' },
    });
  });

  it('the drives are listed again at export time: a stick pulled out since the panel opened is refused', async () => {
    const stick = await tmp('stick-');
    let drives = [stick];
    const s = await setup({ targets: { drives: () => drives } });
    expect(exportTargetsStatus(s.deps.targets, 'kiosk', quiet).drives).toEqual([stick]);
    drives = [];
    await expect(exportAnalytics({ type: 'exportAnalytics', drive: stick }, s.deps)).resolves.toMatchObject({
      ok: false,
      say: { id: 'exportNoDrive' },
    });
  });

  it('a drive listing that fails at export time is a refusal with the reason, logged; nothing read or written', async () => {
    const s = await setup({
      targets: {
        drives: () => {
          throw new Error('EIO: cannot list /media');
        },
      },
    });
    await expect(exportAnalytics({ type: 'exportAnalytics', drive: '/media/u/STICK' }, s.deps)).resolves.toEqual({
      ok: false,
      message: 'the removable drives could not be listed (EIO: cannot list /media); nothing was saved',
      say: { id: 'drivesUnreadable', values: { reason: 'EIO: cannot list /media' } },
    });
    expect(s.warnings).toEqual([
      'analytics export: the removable drives could not be listed (EIO: cannot list /media); nothing was saved',
    ]);
    expect(s.reads()).toBe(0);
    expect(s.saveCalls).toEqual([]);
    // Without a drive named, the listing is not consulted and the export goes ahead.
    await expect(exportAnalytics({ type: 'exportAnalytics' }, s.deps)).resolves.toMatchObject({ ok: true });
  });

  it('a listed drive whose folder is missing: a writer that does not create it fails, said with the reason', async () => {
    const root = await tmp();
    const gone = join(root, 'STICK');
    const { targets } = listed(gone);
    const strict: AnalyticsExportDeps['saveCsv'] = async (csv, dir) => {
      const file = csvExportName(dir ?? root, AT);
      await writeFile(file, csv, 'utf8');
      return file;
    };
    const s = await setup({ targets, saveCsv: strict });
    const result = await exportAnalytics({ type: 'exportAnalytics', drive: gone }, s.deps);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^the export failed: ENOENT/);
    expect(result.say).toEqual({ id: 'resultFailed', values: { reason: expect.stringMatching(/^ENOENT.*STICK/) } });
  });

  it('a listed drive whose folder is missing (the stick pulled out): refused, and nothing is created at its path', async () => {
    const root = await tmp();
    const gone = join(root, 'STICK');
    const { targets } = listed(gone);
    const s = await setup({ targets });
    await expect(exportAnalytics({ type: 'exportAnalytics', drive: gone }, s.deps)).resolves.toEqual({
      ok: false,
      message: `${gone} is not there (was the drive pulled out?); nothing was saved`,
      say: { id: 'exportFolderGone', values: { dir: gone } },
    });
    expect(await readdir(root)).toEqual([]);
    // A picked folder is held to the same rule.
    const picked = await setup({ mode: 'window', targets: { drives: () => [], pickFolder: async () => gone } });
    await expect(exportAnalytics({ type: 'exportAnalytics', picker: true }, picked.deps)).resolves.toMatchObject({
      ok: false,
      say: { id: 'exportFolderGone' },
    });
    await expect(stat(gone)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a folder that cannot be written (a file where the folder should be): failed, with the reason', async () => {
    const root = await tmp();
    const notAFolder = join(root, 'STICK');
    await writeFile(notAFolder, 'a file, not a folder');
    const { targets } = listed(notAFolder);
    const s = await setup({ targets });
    const result = await exportAnalytics({ type: 'exportAnalytics', drive: notAFolder }, s.deps);
    expect(result).toMatchObject({ ok: false, say: { id: 'resultFailed' } });
    expect(result.message).toMatch(/^the export failed: (EEXIST|ENOTDIR)/);
    expect(await readFile(notAFolder, 'utf8')).toBe('a file, not a folder');
  });

  it('user data’s exports folder cannot be made (its parent is a file): failed, with the reason', async () => {
    const root = await tmp();
    await writeFile(join(root, 'blocked'), '');
    const s = await setup({ saveCsv: runtimeSaveCsv(join(root, 'blocked', 'exports')) });
    const result = await exportAnalytics({ type: 'exportAnalytics' }, s.deps);
    expect(result).toMatchObject({
      ok: false,
      say: { id: 'resultFailed', values: { reason: expect.stringMatching(/ENOTDIR/) } },
    });
  });

  it('reading the analytics fails: said as a failure; a thrown non-Error is put in words too', async () => {
    const root = await tmp();
    const analyticsFile = join(root, 'analytics'); // a file where the analytics folder should be
    await writeFile(analyticsFile, '');
    const s = await setup();
    const fromDisk = await exportAnalytics(
      { type: 'exportAnalytics' },
      { ...s.deps, analytics: { exportCsv: () => exportCsv(analyticsFile) } },
    );
    expect(fromDisk).toMatchObject({ ok: false, message: expect.stringMatching(/^the export failed: ENOTDIR/) });
    const odd = await exportAnalytics(
      { type: 'exportAnalytics' },
      { ...s.deps, analytics: { exportCsv: () => Promise.reject('disk says no') } },
    );
    expect(odd).toEqual({
      ok: false,
      message: 'the export failed: disk says no',
      say: { id: 'resultFailed', values: { reason: 'disk says no' } },
    });
    expect(s.saveCalls).toEqual([]);
  });

  it('no analytics recorded yet: a CSV with the header only, 0 rows', async () => {
    const root = await tmp();
    const s = await setup();
    const result = await exportAnalytics(
      { type: 'exportAnalytics' },
      { ...s.deps, analytics: { exportCsv: () => exportCsv(join(root, 'never-written')) } },
    );
    expect(result).toMatchObject({ ok: true, say: { values: { rows: 0 } } });
  });
});
