/**
 * A compromised or stuck renderer flooding main through the real dispatch layer and the real
 * core (bundled pack, analytics in a temp folder, main's log captured), on a manual clock:
 * `view:report` floods and forged log lines, `deck:command` floods into the analytics file.
 * Each attack has a control: the same calls without the throttle, or straight to the handler
 * without the dispatch layer, and the attack lands.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createMainRuntime } from '../../../src/main/runtime';
import {
  createInvokeThrottle,
  DEFAULT_LIMITS,
  SUMMARY_WINDOW_MS,
  type InvokeThrottle,
} from '../../../src/main/invoke-throttle';
import { dispatchInvoke, type DispatchDeps } from '../../../src/main/ipc-dispatch';
import { setupIpc } from '../../../src/main/ipc';
import type { SenderInfo } from '../../../src/main/sender-guard';
import { Settings } from '../../../src/shared/settings.schema';
import { BUNDLED_PACK } from '../../support/make-pack';
import { createFakeIpcMain, fakeInvokeEvent } from '../../support/electron-fakes';
import { createManualClock, type ManualClock } from '../../support/manual-clock';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const WINDOW = 3;
const OTHER_WINDOW = 4;
const sender = (id: number): SenderInfo => ({
  webContentsId: id,
  frameUrl: 'app://showcase/index.html?role=audience',
  isMainFrame: true,
});

interface Main {
  core: Core;
  clock: ManualClock;
  logs: string[];
  analyticsDir: string;
  deps: DispatchDeps;
  invoke(channel: string, arg: unknown, from?: number): Promise<unknown>;
}

/** The real core behind the real dispatch, with or without the throttle. */
async function startMain(throttled: boolean): Promise<Main> {
  const userData = await mkdtemp(join(tmpdir(), 'ipc-throttle-'));
  cleanup.push(() => rm(userData, { recursive: true, force: true }));
  const clock = createManualClock(Date.UTC(2026, 0, 5, 12));
  const logs: string[] = [];
  const log = {
    info: (m: string) => logs.push(`info ${m}`),
    warn: (m: string) => logs.push(`warn ${m}`),
    error: (m: string) => logs.push(`error ${m}`),
  };
  const analyticsDir = join(userData, 'analytics');
  // The one composition of main that app.ts and the Chromium harness both build.
  const runtime = await createMainRuntime({
    settings: Settings.parse({}),
    settingsProblems: [],
    contentDir: null,
    bundledDir: BUNDLED_PACK,
    userData,
    clock,
    log,
    logPath: join(userData, 'main.log'),
    broadcast: () => undefined,
    leave: () => undefined,
  });
  cleanup.push(() => runtime.dispose());
  const { core } = runtime;
  // Before the folder goes: no analytics append may still be on its way.
  cleanup.push(async () => void (await core.analytics?.flushed()));
  let throttle: InvokeThrottle | undefined;
  if (throttled) {
    throttle = createInvokeThrottle({ clock, warn: (line) => log.warn(`ipc ${line}`) });
    cleanup.push(() => throttle?.dispose());
  }
  const deps: DispatchDeps = {
    handlers: core.handlers,
    trustedIds: () => new Set([WINDOW, OTHER_WINDOW]),
    onRefused: (reason) => log.warn(`ipc refused ${reason}`),
    throttle,
  };
  return {
    core,
    clock,
    logs,
    analyticsDir,
    deps,
    invoke: (channel, arg, from = WINDOW) => dispatchInvoke(channel, [arg], sender(from), deps),
  };
}

const report = (message: string) => ({ level: 'warn' as const, message, slideId: 'map' });
const viewLines = (logs: string[]) => logs.filter((l) => l.includes(' view '));
/** What each log entry would become in a text log file: one or more lines. */
const fileLines = (logs: string[]) => logs.join('\n').split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);

async function analyticsLines(dir: string): Promise<{ type: string }[]> {
  await Promise.resolve();
  const lines: { type: string }[] = [];
  for (const name of await readdir(dir))
    for (const l of (await readFile(join(dir, name), 'utf8')).split('\n')) if (l) lines.push(JSON.parse(l));
  return lines;
}

describe('view:report', () => {
  it('5,000 reports at once: 20 logged, one summary line for the rest', async () => {
    const main = await startMain(true);
    const answers = await Promise.all(
      Array.from({ length: 5000 }, (_, i) => main.invoke('view:report', report(`rpt${i}`))),
    );
    expect(answers.every((a) => a === undefined)).toBe(true); // dropped calls resolve: nothing for Electron to print
    expect(main.logs.filter((l) => l.includes('[map]: rpt'))).toHaveLength(DEFAULT_LIMITS['view:report'].burst);
    expect(main.logs.filter((l) => l.includes('dropped'))).toEqual([]); // the summary waits for the burst to end
    main.clock.advance(SUMMARY_WINDOW_MS);
    expect(main.logs.filter((l) => l.includes('dropped'))).toEqual([
      `warn ipc dropped 4980 view:report calls from window ${WINDOW} in the last 10s (over the limit)`,
    ]);
  });

  it('a steady flood logs about one report a second, one summary per ten seconds', async () => {
    const main = await startMain(true);
    for (let second = 0; second < 60; second++) {
      for (let k = 0; k < 100; k++) await main.invoke('view:report', report(`rpt${second}.${k}`));
      main.clock.advance(1000);
    }
    const reports = main.logs.filter((l) => l.includes('[map]: rpt'));
    expect(reports.length).toBeLessThanOrEqual(20 + 60);
    expect(main.logs.filter((l) => l.includes('dropped')).length).toBeLessThanOrEqual(6);
  });

  it('one window flooding does not silence another', async () => {
    const main = await startMain(true);
    for (let i = 0; i < 500; i++) await main.invoke('view:report', report(`flood${i}`));
    await main.invoke('view:report', report('honest'), OTHER_WINDOW);
    expect(main.logs.some((l) => l.endsWith(': honest'))).toBe(true);
  });

  it('control: without the throttle, all 5,000 land in the log', async () => {
    const main = await startMain(false);
    await Promise.all(Array.from({ length: 5000 }, (_, i) => main.invoke('view:report', report(`rpt${i}`))));
    expect(main.logs.filter((l) => l.includes('[map]: rpt'))).toHaveLength(5000);
  });

  it('a forged log line stays on its own line, the escape visible', async () => {
    const main = await startMain(true);
    const forged = 'slide ok\n[error] forged\r\u2028\u202etxt.exe\u001b[31m';
    await main.invoke('view:report', { level: 'info', message: forged, slideId: 'a\nb' });
    const lines = fileLines(viewLines(main.logs));
    expect(lines).toEqual(['info view [a\\nb]: slide ok\\n[error] forged\\r\\u2028\\u202etxt.exe\\u001b[31m']);
    expect(fileLines(main.logs).some((l) => l.startsWith('[error]'))).toBe(false);
  });

  it('control: the same report straight to the handler (no dispatch layer) forges a line', async () => {
    const main = await startMain(true);
    await main.core.handlers['view:report'](
      { senderId: WINDOW },
      { level: 'info', message: 'slide ok\n[error] forged' },
    );
    expect(fileLines(main.logs)).toContain('[error] forged');
  });

  it('refusal reasons built from page text are log-safe too', async () => {
    const main = await startMain(true);
    await expect(main.invoke('evil\n[error] forged', {})).rejects.toThrow(/refused/);
    expect(fileLines(main.logs).some((l) => l.startsWith('[error]'))).toBe(false);
    expect(main.logs.at(-1)).toContain('evil\\n[error] forged');
  });
});

describe('refused calls', () => {
  const flood = (main: Main) =>
    Promise.all(
      Array.from({ length: 5000 }, () =>
        dispatchInvoke('deck:get', ['extra'], sender(WINDOW), main.deps).then(
          () => 'ran',
          () => 'refused',
        ),
      ),
    );

  it('5,000 invalid calls: every one refused, 20 refusal lines logged, then one summary', async () => {
    const main = await startMain(true);
    expect(new Set(await flood(main))).toEqual(new Set(['refused']));
    expect(main.logs.filter((l) => l.startsWith('warn ipc refused deck:get'))).toHaveLength(20);
    main.clock.advance(SUMMARY_WINDOW_MS);
    expect(main.logs.filter((l) => l.includes('dropped'))).toEqual([
      `warn ipc dropped 4980 refusal log lines from window ${WINDOW} in the last 10s (over the limit)`,
    ]);
  });

  it('control: without the throttle, each refusal writes a log line', async () => {
    const main = await startMain(false);
    await flood(main);
    expect(main.logs.filter((l) => l.startsWith('warn ipc refused deck:get'))).toHaveLength(5000);
  });
});

describe('deck:command', () => {
  it('100,000 commands: the analytics file gets a bounded number of lines', async () => {
    const main = await startMain(true);
    const state = main.core.controller.getState();
    // 100,000 inputs at once: the burst passes, the rest is dropped.
    const answers = await Promise.all(
      Array.from({ length: 100_000 }, () => main.invoke('deck:command', { type: 'input' })),
    );
    await main.core.analytics?.flushed();
    const touches = (await analyticsLines(main.analyticsDir)).filter((l) => l.type === 'touch');
    expect(touches).toHaveLength(DEFAULT_LIMITS['deck:command'].burst);
    // Dropped calls answer the current state (the views ignore the answer), never an error.
    expect(answers.at(-1)).toEqual(main.core.controller.getState());
    expect(main.core.controller.getState().revision).toBeGreaterThanOrEqual(state.revision);
    main.clock.advance(SUMMARY_WINDOW_MS);
    expect(main.logs.filter((l) => l.includes('dropped'))).toEqual([
      `warn ipc dropped 99940 deck:command calls from window ${WINDOW} in the last 10s (over the limit)`,
    ]);
  }, 60_000); // 100,000 real dispatches: seconds on a loaded 2-core machine; the limit only guards a hang

  it('a presenter clicker at key-repeat speed (30 a second) loses nothing', async () => {
    const main = await startMain(true);
    for (let i = 0; i < 300; i++) {
      await main.invoke('deck:command', { type: i % 2 ? 'prev' : 'next' });
      main.clock.advance(1000 / 30);
    }
    await main.core.analytics?.flushed();
    expect((await analyticsLines(main.analyticsDir)).filter((l) => l.type === 'touch')).toHaveLength(300);
    expect(main.logs.some((l) => l.includes('dropped'))).toBe(false);
  });

  it('control: without the throttle, every command writes an analytics line', async () => {
    const main = await startMain(false);
    await Promise.all(Array.from({ length: 2000 }, () => main.invoke('deck:command', { type: 'input' })));
    await main.core.analytics?.flushed();
    const touches = (await analyticsLines(main.analyticsDir)).filter((l) => l.type === 'touch');
    expect(touches).toHaveLength(2000); // and 100,000 would write 100,000
  });
});

describe('setupIpc', () => {
  it('throttles on its own when app.ts passes no throttle (the system clock)', async () => {
    const ipcMain = createFakeIpcMain();
    let reports = 0;
    const lines: string[] = [];
    const remove = setupIpc({
      handlers: { 'view:report': () => void reports++ } as unknown as DispatchDeps['handlers'],
      trustedIds: () => new Set([WINDOW]),
      onRefused: (line) => lines.push(line),
      ipcMain,
    });
    const event = fakeInvokeEvent(WINDOW, 'app://showcase/index.html');
    await Promise.all(Array.from({ length: 5000 }, () => ipcMain.invoke('view:report', event, report('x'))));
    // 20 at once plus 1 a second: 5,000 would need well over an hour of wall-clock time.
    expect(reports).toBeLessThan(100);
    remove(); // writes the pending summary
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dropped \d+ view:report calls from window 3 in the last \ds/);
  });
});
