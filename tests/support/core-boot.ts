/**
 * Booting main's core for the core unit tests (tests/unit/main/core*.test.ts): the bundled pack
 * from resources/, a manual clock at Monday 08:00, the operator PIN in memory, a recording log,
 * and real temp folders removed after each test.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreDeps } from '../../src/main/core';
import { Settings, type SettingsInput } from '../../src/shared/settings.schema';
import { BUNDLED_PACK } from './make-pack';
import { createManualClock, type ManualClock } from './manual-clock';
import { memoryPinStore } from './pin-seed';

/** Monday 5 January 2026, 08:00 local time: opening hours are wall-clock times. */
export const MONDAY_8AM = new Date(2026, 0, 5, 8, 0).getTime();
export const HOUR = 60 * 60_000;
export const WINDOW = { senderId: 7 };
/** The operator PIN most tests boot with (in memory, as `--set-pin` would have set it). */
export const PIN = '246813';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

export async function tmp(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function readLines(dir: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(dir, 'events.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export interface Booted {
  core: Core;
  clock: ManualClock;
  relaunches: number;
  exits: number;
  logs: string[];
}

export async function boot(
  settings: SettingsInput,
  extra: Partial<CoreDeps> = {},
  clock: ManualClock = createManualClock(MONDAY_8AM),
): Promise<Booted> {
  const logs: string[] = [];
  const booted = { clock, relaunches: 0, exits: 0, logs } as Booted;
  booted.core = await createCore({
    settings: Settings.parse(settings),
    settingsProblems: [],
    contentDir: null,
    bundledDir: BUNDLED_PACK,
    clock,
    log: {
      info: (m) => logs.push(`info ${m}`),
      warn: (m) => logs.push(`warn ${m}`),
      error: (m) => logs.push(`error ${m}`),
    },
    analyticsDir: null,
    logPath: '/logs/main.log',
    restarts: 2,
    exit: () => booted.exits++,
    relaunch: () => booted.relaunches++,
    pins: await memoryPinStore({ pin: PIN, now: clock.now }),
    saveCsv: async () => '/exports/analytics.csv',
    ...extra,
  });
  cleanup.push(() => booted.core.dispose());
  return booted;
}
