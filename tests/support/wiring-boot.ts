/**
 * What the startApp wiring tests (tests/unit/main/wiring*.test.ts) share: the repo and its built
 * main, a fresh user-data folder per test, and boot() — startApp(deps) with recording fakes of
 * every Electron object, each app booted shut down after its test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startApp } from '../../src/main/app';
import type { MainRuntime } from '../../src/main/runtime';
import { createFakeElectron, type FakeDisplay } from './electron-fakes';
import { createManualClock } from './manual-clock';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const MAIN_DIR = join(REPO, 'out', 'main');

/** This test's user-data folder: a fresh temp folder for each test. */
export let userData: string;
/** Every app a test booted: shut down before its user data is removed. */
const booted: MainRuntime[] = [];
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'wiring-userdata-'));
});
afterEach(async () => {
  // Stop each app (timers, watchers) and let its last analytics line land, so the folder is
  // removed in one go: no retry on ENOTEMPTY to hide an app still writing.
  for (const runtime of booted.splice(0)) {
    runtime.dispose();
    await runtime.core.analytics?.flushed();
  }
  await rm(userData, { recursive: true, force: true });
});

/** Boots startApp on recording Electron fakes and a manual clock at 1 January 2026, 12:00 UTC. */
export async function boot(opts: { argv?: string[]; lock?: boolean; displays?: FakeDisplay[] } = {}) {
  const fakes = createFakeElectron({ userData, lock: opts.lock, displays: opts.displays });
  const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
  const runtime = await startApp(fakes.deps({ argv: opts.argv ?? [], mainDir: MAIN_DIR, clock }));
  if (runtime) booted.push(runtime);
  return { ...fakes, clock, runtime };
}
