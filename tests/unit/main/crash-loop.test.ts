/**
 * The crash loop through startApp on the Electron fakes, across real relaunches (a new app over
 * the same user-data folder): 3 reloads, 2 relaunches, then out of service — and the history is
 * on disk before each relaunch, so the count survives it. Then main tries the deck again.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../src/main/app';
import { createMainRuntime, OUT_OF_SERVICE_RETRY_MS } from '../../../src/main/runtime';
import { Settings } from '../../../src/shared/settings.schema';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import { createFakeElectron, fakeInvokeEvent } from '../../support/electron-fakes';
import { createManualClock, type ManualClock } from '../../support/manual-clock';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const MAIN_DIR = join(REPO, 'out', 'main');
const BUNDLED = join(REPO, 'resources', 'content', 'chery-global-2020');
let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'crash-loop-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
});

async function launch(clock: ManualClock) {
  const fakes = createFakeElectron({ userData, platform: 'win32' });
  const runtime = await startApp(fakes.deps({ argv: ['--mode', 'kiosk'], mainDir: MAIN_DIR, clock }));
  const [win] = fakes.BrowserWindow.instances;
  const crash = () => win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  return { ...fakes, runtime: runtime!, win, crash };
}
const history = () => JSON.parse(readFileSync(join(userData, 'crash-history.json'), 'utf8')) as number[];
/** Waits for the shutdown path (it awaits the analytics and log flushes) to end the process. */
const ended = (app: { ended: unknown }) => vi.waitFor(() => expect(app.ended).not.toBeNull(), { timeout: 5000 });

describe('crash loop → out of service → back', () => {
  it('counts across relaunches and ends out of service on the sixth crash in ten minutes', async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
    let run = await launch(clock);
    for (let i = 1; i <= 3; i++) {
      clock.advance(10_000);
      run.crash();
      expect(run.win.webContents.reloads).toBe(i);
      expect(history()).toHaveLength(i);
    }
    for (let i = 4; i <= 5; i++) {
      clock.advance(10_000);
      run.crash();
      // Written synchronously: on disk before the relaunch's app.exit.
      expect(history()).toHaveLength(i);
      await ended(run.app);
      expect(run.log.indexOf('app.relaunch')).toBeLessThan(run.log.indexOf('app.exit'));
      expect(run.app.ended).toEqual({ via: 'exit', code: 0 });
      run.runtime.dispose();
      run = await launch(clock); // the relaunched app reads the history back
    }
    clock.advance(10_000);
    run.crash();
    expect(history()).toHaveLength(6);
    expect(run.app.ended).toBeNull();
    expect(run.win.webContents.reloads).toBe(1); // the fresh page shows the status screen
    const ask = () =>
      run.ipcMain.invoke(
        'deck:get',
        fakeInvokeEvent(run.win.webContents.id, 'app://showcase/index.html'),
      ) as Promise<DeckSnapshot>;
    expect((await ask()).status).toBe('out-of-service');
    expect(
      run.win.webContents.sent.some(
        ([c, p]) => c === 'deck:snapshot' && (p as DeckSnapshot).status === 'out-of-service',
      ),
    ).toBe(true);

    clock.advance(OUT_OF_SERVICE_RETRY_MS);
    await vi.waitFor(async () => expect((await ask()).status).toBe('ok'));
    run.runtime.dispose();
  });

  it('control: with a history that is not saved, relaunches never reach out of service', async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
    for (let launchNo = 0; launchNo < 4; launchNo++) {
      const run = await launch(clock);
      for (let i = 0; i < 4 && run.app.ended === null; i++) {
        clock.advance(10_000);
        run.crash();
        if (i === 3) await ended(run.app);
      }
      expect(run.app.ended?.via, `launch ${launchNo}: ${run.messages.map((m) => m.message).join(' / ')}`).toBe('exit'); // a relaunch, never out of service
      run.runtime.dispose();
      await rm(join(userData, 'crash-history.json'), { force: true }); // what a lost write amounts to
    }
  });
});

describe('out of service, then opening time', () => {
  it('main tries the deck again when opening time comes round (the scheduled retry far off)', async () => {
    const start = new Date(2026, 0, 1, 7, 0).getTime(); // local time, as opening hours are
    const clock = createManualClock(start);
    const messages: string[] = [];
    const log = {
      info: (m: string) => messages.push(m),
      warn: (m: string) => messages.push(m),
      error: (m: string) => messages.push(m),
    };
    const runtime = await createMainRuntime({
      settings: Settings.parse({
        mode: 'kiosk',
        openingHours: { days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '18:00' },
      }),
      settingsProblems: [],
      contentDir: null,
      bundledDir: BUNDLED,
      userData,
      clock,
      log,
      logPath: null,
      broadcast: () => undefined,
      leave: () => undefined,
      retryEveryMs: 24 * 3600_000,
    });
    expect(runtime.core.snapshot().state.phase).toBe('closed');
    for (let i = 0; i < 6; i++) runtime.rendererGone('audience', 'crashed');
    expect(runtime.core.snapshot().status).toBe('out-of-service');
    clock.advance(59 * 60_000); // 07:59: still closed, still out of service
    expect(runtime.core.snapshot().status).toBe('out-of-service');
    clock.advance(60_000); // 08:00
    await vi.waitFor(() => expect(runtime.core.snapshot().status).toBe('ok'));
    expect(messages).toContain('out of service: trying the deck again (opening time)');
    runtime.dispose();
  });
});
