/**
 * The operator's analytics export (src/main/analytics-export.ts): which folder it goes to (user
 * data's exports folder, a drive main listed itself, the folder picker in window mode only), what
 * the panel is offered, and what a drive that vanished, a folder that is missing or cannot be
 * written, or a failing read says. Real temp folders and the real CSV reader (analytics.ts);
 * `saveCsv` is runtime.ts's own writer (saveCsvExport), or another where a test says so.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mode } from '../../../src/shared/deck';
import { exportCsv } from '../../../src/main/analytics-csv';
import { csvExportName } from '../../../src/main/core';
import {
  exportAnalytics,
  exportTargetsStatus,
  ExportFolderGone,
  listSystemRemovableDrives,
  saveCsvExport,
  type AnalyticsExportDeps,
  type ExportTargets,
} from '../../../src/main/analytics-export';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tmp(prefix = 'analytics-export-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

const AT = Date.UTC(2025, 5, 2, 10, 30, 0);
const EVENTS = [
  { at: '2025-06-02T10:00:00.000Z', type: 'session_start' },
  { at: '2025-06-02T10:00:05.000Z', type: 'slide_view', slideId: 'intro', locale: 'en', dwellMs: 5000 },
];

/** A user-data folder with two analytics events on disk and an exports folder that does not exist yet. */
async function userData() {
  const root = await tmp();
  const analyticsDir = join(root, 'analytics');
  await mkdir(analyticsDir);
  await writeFile(join(analyticsDir, 'events.jsonl'), `${EVENTS.map((e) => JSON.stringify(e)).join('\n')}\n`);
  return { root, analyticsDir, exportsDir: join(root, 'exports') };
}

/** runtime.ts's saveCsv: user data's exports folder made when missing, a named folder never; resolves with the file. */
function runtimeSaveCsv(exportsDir: string, calls: (string | undefined)[] = []): AnalyticsExportDeps['saveCsv'] {
  return async (csv, dir) => {
    calls.push(dir);
    return saveCsvExport(csv, dir, { exportsDir, at: AT });
  };
}

/** A log that keeps its warnings. */
function recordingLog() {
  const warnings: string[] = [];
  return { warnings, warn: (line: string) => void warnings.push(line) };
}
const quiet = { warn: () => undefined };

async function setup(options: { mode?: Mode; targets?: ExportTargets; saveCsv?: AnalyticsExportDeps['saveCsv'] } = {}) {
  const ud = await userData();
  const saveCalls: (string | undefined)[] = [];
  let reads = 0;
  const deps: AnalyticsExportDeps = {
    analytics: {
      exportCsv: () => {
        reads++;
        return exportCsv(ud.analyticsDir);
      },
    },
    saveCsv: options.saveCsv ?? runtimeSaveCsv(ud.exportsDir, saveCalls),
    targets: options.targets,
    mode: options.mode ?? 'kiosk',
    log: recordingLog(),
  };
  return {
    ...ud,
    deps,
    saveCalls,
    reads: () => reads,
    warnings: (deps.log as ReturnType<typeof recordingLog>).warnings,
  };
}

const listed = (...drives: string[]) => {
  let calls = 0;
  return {
    targets: {
      drives: () => {
        calls++;
        return drives;
      },
    },
    calls: () => calls,
  };
};

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

  describe('the folder picker', () => {
    const picker = (answer: string | null) => {
      let asked = 0;
      return {
        targets: {
          drives: () => [] as string[],
          pickFolder: async () => {
            asked++;
            return answer;
          },
        },
        asked: () => asked,
      };
    };

    it('in window mode: writes into the folder picked', async () => {
      const chosen = await tmp('picked-');
      const p = picker(chosen);
      const s = await setup({ mode: 'window', targets: p.targets });
      const result = await exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps);
      expect(result).toMatchObject({ ok: true, say: { values: { file: csvExportName(chosen, AT) } } });
      expect(p.asked()).toBe(1);
      expect(s.saveCalls).toEqual([chosen]);
    });

    it('cancelled: nothing is read or saved', async () => {
      const p = picker(null);
      const s = await setup({ mode: 'window', targets: p.targets });
      expect(await exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps)).toEqual({
        ok: false,
        message: 'no folder was chosen; nothing was saved',
        say: { id: 'resultExportCancelled' },
      });
      expect(s.reads()).toBe(0);
      expect(s.saveCalls).toEqual([]);
    });

    it('refused in kiosk and present mode, and where no picker is wired; the picker never opens', async () => {
      for (const mode of ['kiosk', 'present'] as const) {
        const p = picker('/tmp');
        const s = await setup({ mode, targets: p.targets });
        expect(await exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps)).toEqual({
          ok: false,
          message: 'the folder picker is only offered in window mode',
          say: { id: 'resultPickerWindowOnly' },
        });
        expect(p.asked()).toBe(0);
        expect(s.saveCalls).toEqual([]);
      }
      const s = await setup({ mode: 'window', targets: { drives: () => [] } });
      await expect(exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps)).resolves.toMatchObject({
        ok: false,
      });
    });

    it('the picker wins over a drive named in the same action; the drive is not checked', async () => {
      const chosen = await tmp('picked-');
      const p = picker(chosen);
      const s = await setup({ mode: 'window', targets: p.targets });
      const result = await exportAnalytics({ type: 'exportAnalytics', picker: true, drive: '/etc' }, s.deps);
      expect(result.ok).toBe(true);
      expect(s.saveCalls).toEqual([chosen]);
    });

    it('`picker: false` with no drive is the plain export to user data', async () => {
      const p = picker('/never');
      const s = await setup({ mode: 'window', targets: p.targets });
      expect((await exportAnalytics({ type: 'exportAnalytics', picker: false }, s.deps)).ok).toBe(true);
      expect(p.asked()).toBe(0);
      expect(s.saveCalls).toEqual([undefined]);
    });
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
