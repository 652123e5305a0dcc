/**
 * What the analytics export tests (tests/unit/main/analytics-export*.test.ts) share: real temp
 * folders removed after each test, a user-data folder with two analytics events on disk, the
 * export's deps with the real CSV reader (analytics.ts) and runtime.ts's own writer
 * (saveCsvExport), a log that keeps its warnings, and export targets that count their listings.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Mode } from '../../src/shared/deck';
import { exportCsv } from '../../src/main/analytics-csv';
import { saveCsvExport, type AnalyticsExportDeps, type ExportTargets } from '../../src/main/analytics-export';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
export async function tmp(prefix = 'analytics-export-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const AT = Date.UTC(2025, 5, 2, 10, 30, 0);
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
export function runtimeSaveCsv(exportsDir: string, calls: (string | undefined)[] = []): AnalyticsExportDeps['saveCsv'] {
  return async (csv, dir) => {
    calls.push(dir);
    return saveCsvExport(csv, dir, { exportsDir, at: AT });
  };
}

/** A log that keeps its warnings. */
export function recordingLog() {
  const warnings: string[] = [];
  return { warnings, warn: (line: string) => void warnings.push(line) };
}
export const quiet = { warn: () => undefined };

export async function setup(
  options: { mode?: Mode; targets?: ExportTargets; saveCsv?: AnalyticsExportDeps['saveCsv'] } = {},
) {
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

/** Export targets listing `drives`, counting how often they are asked. */
export const listed = (...drives: string[]) => {
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
