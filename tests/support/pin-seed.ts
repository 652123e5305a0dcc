/**
 * Operator PINs for tests: a user-data folder with the PIN already set, as `--set-pin` leaves it
 * (for `startMain({ userData })`), and an in-memory PIN store for `createCore({ pins })`.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPin, MIN_PIN_ITERATIONS } from '../../src/main/operator-pin';
import { createPinGate, type AttemptState } from '../../src/main/pin-gate';
import { PIN_FILE_NAME, writePinFile, type PinState, type PinStore } from '../../src/main/pin-store';
import { pinProblem } from '../../src/shared/pin-rule';

/** Creates a temp user-data folder whose operator-pin.json holds `pin` (fewest allowed iterations: quick, real format). */
export async function userDataWithPin(pin: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'showcase-user-'));
  await writePinFile(join(dir, PIN_FILE_NAME), await hashPin(pin, { iterations: MIN_PIN_ITERATIONS }));
  return dir;
}

/**
 * A PIN store that keeps everything in memory: the PIN (`pin` digits, or none), and the guess
 * counter on `now`'s clock. Same rules as the file store (pin-store.ts), no disk.
 */
export async function memoryPinStore(options: { pin?: string; now?: () => number } = {}): Promise<PinStore> {
  let state: PinState = options.pin
    ? { status: 'set', pin: await hashPin(options.pin, { iterations: MIN_PIN_ITERATIONS }) }
    : { status: 'none' };
  let attempts: AttemptState | null = null;
  const gate = createPinGate({
    now: options.now ?? Date.now,
    store: { load: async () => attempts ?? 'missing', save: async (s) => void (attempts = { ...s }) },
    log: () => undefined,
  });
  return {
    state: () => state,
    gate,
    async save(pin) {
      const problem = pinProblem(pin);
      if (problem) return { ok: false, message: problem };
      state = { status: 'set', pin: await hashPin(pin, { iterations: MIN_PIN_ITERATIONS }) };
      await gate.reset();
      return { ok: true };
    },
  };
}
