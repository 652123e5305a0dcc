/**
 * `createCore` deps for unit tests that need a working core and nothing else: the bundled pack,
 * no analytics, no log, the operator PIN `TEST_PIN` in memory. Pass what the test is about.
 */
import type { CoreDeps } from '../../src/main/core';
import { BUNDLED_PACK } from './make-pack';
import { memoryPinStore } from './pin-seed';

/** The PIN the quiet core unlocks with. */
export const TEST_PIN = '135790';

export async function quietCoreDeps(deps: Pick<CoreDeps, 'settings' | 'clock'> & Partial<CoreDeps>): Promise<CoreDeps> {
  return {
    settingsProblems: [],
    contentDir: null,
    bundledDir: BUNDLED_PACK,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    analyticsDir: null,
    logPath: null,
    restarts: 0,
    exit: () => undefined,
    relaunch: () => undefined,
    pins: await memoryPinStore({ pin: TEST_PIN, now: deps.clock.now }),
    saveCsv: async () => '',
    ...deps,
  };
}
