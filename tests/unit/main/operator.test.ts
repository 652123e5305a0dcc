/**
 * The operator gate in main: fail closed without a PIN in kiosk mode, an unreadable PIN file
 * refuses everything, unlock per window with expiry, actions only for the window that unlocked.
 * Time is injected; the guess counter is in memory here (its file is pin-gate.test.ts's concern).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOperator, OperatorLocked, UNLOCK_TTL_MS, type OperatorDeps } from '../../../src/main/operator';
import { hashPin, MIN_PIN_ITERATIONS, type StoredPin } from '../../../src/main/operator-pin';
import { createPinGate, type AttemptState } from '../../../src/main/pin-gate';
import type { PinState } from '../../../src/main/pin-store';
import type { OperatorAction } from '../../../src/shared/ipc';
import type { Mode } from '../../../src/shared/deck/state';

const PIN = '246813';
const A = { senderId: 1 };
const B = { senderId: 2 };
let STORED: StoredPin;
beforeAll(async () => {
  STORED = await hashPin(PIN, { salt: '00112233445566778899aabbccddeeff', iterations: MIN_PIN_ITERATIONS });
});

function setup(options: { pin?: PinState | 'stored'; mode?: Mode; weaken?: Partial<OperatorDeps> } = {}) {
  let now = 1_000_000;
  let pinState: PinState =
    options.pin === undefined || options.pin === 'stored' ? { status: 'set', pin: STORED } : options.pin;
  const ran: OperatorAction[] = [];
  const logs: string[] = [];
  let attempts: AttemptState | null = null;
  const gate = createPinGate({
    now: () => now,
    store: { load: async () => attempts ?? 'missing', save: async (s) => void (attempts = { ...s }) },
    log: (m) => logs.push(m),
  });
  const saved: string[] = [];
  const operator = createOperator({
    now: () => now,
    mode: options.mode ?? 'kiosk',
    log: { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`) },
    pins: {
      state: () => pinState,
      gate,
      async save(pin) {
        saved.push(pin);
        pinState = { status: 'set', pin: await hashPin(pin, { iterations: MIN_PIN_ITERATIONS }) };
        return { ok: true };
      },
    },
    run: (action) => {
      ran.push(action);
      return { ok: true, message: action.type };
    },
    // Window A is the presenter's (read in present mode only).
    presenterView: () => A.senderId,
    ...options.weaken,
  });
  return { operator, ran, logs, saved, advance: (ms: number) => void (now += ms) };
}

describe('fail closed', () => {
  it('present mode: only the presenter window unlocks; an unknown or closed presenter refuses every window (control: window mode)', async () => {
    const refused = { ok: false, reason: 'presenter-only', attemptsLeft: 0, lockedUntil: null, retryInMs: null };
    const present = setup({ mode: 'present' });
    expect(await present.operator.unlock(B, PIN)).toEqual(refused); // the projector's window
    expect(() => present.operator.assertUnlocked(B)).toThrow('locked');
    expect(present.logs).toContain('warn operator unlock refused: presenter-only');
    expect(await present.operator.unlock(A, PIN)).toEqual({ ok: true, pinSet: true });
    // Refused before the PIN is even looked at: no guess is spent, and no PIN opens it.
    const noPin = setup({ mode: 'present', pin: { status: 'none' } });
    expect(await noPin.operator.unlock(B, '')).toEqual(refused);
    for (const presenterView of [() => null, undefined]) {
      const unknown = setup({ mode: 'present', weaken: { presenterView } });
      expect(await unknown.operator.unlock(A, PIN)).toEqual(refused);
      expect(await unknown.operator.unlock(B, PIN)).toEqual(refused);
    }
    const desk = setup({ mode: 'window' });
    expect(await desk.operator.unlock(B, PIN)).toEqual({ ok: true, pinSet: true });
  });

  it('kiosk with no PIN: every unlock refused as no-pin, exit never runs, logged (control: the old fail-open policy lets it through)', async () => {
    const { operator, ran, logs } = setup({ pin: { status: 'none' } });
    for (const typed of ['', '0000', '000000', PIN])
      expect(await operator.unlock(A, typed)).toEqual({
        ok: false,
        reason: 'no-pin',
        attemptsLeft: 0,
        lockedUntil: null,
        retryInMs: null,
      });
    await expect(operator.action(A, { type: 'exit' })).rejects.toThrow(OperatorLocked);
    await expect(operator.action(A, { type: 'setPin', pin: '000000' })).rejects.toThrow(OperatorLocked);
    expect(ran).toEqual([]);
    expect(logs).toContain('warn operator unlock refused: no-pin');

    const weakened = setup({ pin: { status: 'none' }, weaken: { unlocksWithoutPin: () => true } });
    expect(await weakened.operator.unlock(A, '')).toEqual({ ok: true, pinSet: false });
    await weakened.operator.action(A, { type: 'exit' });
    expect(weakened.ran).toEqual([{ type: 'exit' }]);
  });

  it('an unreadable PIN file refuses every unlock in every mode, and is logged', async () => {
    for (const mode of ['kiosk', 'window', 'present'] as const) {
      const { operator, logs } = setup({ pin: { status: 'unreadable', reason: 'not valid JSON' }, mode });
      expect(await operator.unlock(A, PIN)).toMatchObject({ ok: false, reason: 'pin-unreadable' });
      expect(() => operator.assertUnlocked(A)).toThrow(OperatorLocked);
      expect(logs).toContain('warn operator unlock refused: pin-unreadable');
    }
  });

  it('window and present mode (rehearsal) with no PIN open the overlay, which may set the first PIN', async () => {
    for (const mode of ['window', 'present'] as const) {
      const { operator, saved, logs } = setup({ pin: { status: 'none' }, mode });
      expect(await operator.unlock(A, '')).toEqual({ ok: true, pinSet: false });
      expect(logs).toContain(`warn operator unlock without a PIN (${mode} mode)`);
      expect(operator.pinSet()).toBe(false);
      expect(await operator.action(A, { type: 'setPin', pin: PIN })).toEqual({ ok: true, message: 'PIN saved' });
      expect(saved).toEqual([PIN]);
      expect(operator.pinSet()).toBe(true);
      // From now on the PIN is needed, in this window too once it locks.
      operator.lock(A);
      expect(await operator.unlock(A, '')).toMatchObject({ ok: false, reason: 'wrong' });
      expect(await operator.unlock(A, PIN)).toEqual({ ok: true, pinSet: true });
    }
  });
});

describe('unlock with a PIN', () => {
  it('the right PIN opens with pinSet true; the PIN never reaches the log', async () => {
    const { operator, logs } = setup();
    expect(await operator.unlock(A, PIN)).toEqual({ ok: true, pinSet: true });
    expect(logs.join('\n')).not.toContain(PIN);
  });

  it('wrong PINs answer with the attempts left, then a lockout with the time left on main’s clock', async () => {
    const { operator, advance } = setup();
    expect(await operator.unlock(A, '111111')).toEqual({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 4,
      lockedUntil: null,
      retryInMs: null,
    });
    for (let i = 0; i < 3; i++) await operator.unlock(A, '111111');
    expect(await operator.unlock(A, '111111')).toEqual({
      ok: false,
      reason: 'locked',
      attemptsLeft: 0,
      lockedUntil: 1_000_000 + 60_000,
      retryInMs: 60_000,
    });
    advance(15_000);
    expect(await operator.unlock(B, PIN)).toMatchObject({ reason: 'locked', retryInMs: 45_000 });
    advance(45_000);
    expect(await operator.unlock(B, PIN)).toEqual({ ok: true, pinSet: true });
  });
});

describe('assertUnlocked and actions', () => {
  it('is per window and expires UNLOCK_TTL_MS after the last use', async () => {
    const { operator, advance } = setup();
    await operator.unlock(A, PIN);
    expect(() => operator.assertUnlocked(B)).toThrow(OperatorLocked);
    advance(UNLOCK_TTL_MS);
    expect(() => operator.assertUnlocked(A)).not.toThrow();
    advance(UNLOCK_TTL_MS + 1);
    expect(() => operator.assertUnlocked(A)).toThrow(OperatorLocked);
    expect(() => operator.assertUnlocked(A)).toThrow(OperatorLocked);
  });

  it('runs actions only for the window that unlocked; setPin goes to the PIN store, not to run()', async () => {
    const { operator, ran, saved, advance } = setup();
    await expect(operator.action(A, { type: 'pause' })).rejects.toThrow(OperatorLocked);
    await operator.unlock(A, PIN);
    await expect(operator.action(B, { type: 'exit' })).rejects.toThrow(OperatorLocked);
    await expect(operator.action(A, { type: 'pause' })).resolves.toEqual({ ok: true, message: 'pause' });
    await expect(operator.action(A, { type: 'setPin', pin: '975310' })).resolves.toEqual({
      ok: true,
      message: 'PIN saved',
    });
    operator.lock(A);
    await expect(operator.action(A, { type: 'exit' })).rejects.toThrow(OperatorLocked);
    advance(1);
    expect(ran).toEqual([{ type: 'pause' }]);
    expect(saved).toEqual(['975310']);
  });
});
