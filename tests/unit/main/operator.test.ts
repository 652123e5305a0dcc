/**
 * The operator gate in main: PIN attempts rate-limited, unlock per window, expiry, and actions
 * that run only for the window that unlocked. Time is injected; no sleeps.
 */
import { describe, expect, it } from 'vitest';
import { createOperator, OperatorLocked, UNLOCK_TTL_MS } from '../../../src/main/operator';
import { hashPin, type StoredPin } from '../../../src/main/operator-pin';
import type { OperatorAction } from '../../../src/shared/ipc';

// Few iterations: the gate's behaviour is under test here, not PBKDF2's cost.
const STORED = hashPin('2468', '00112233445566778899aabbccddeeff', 1_000);
const A = { senderId: 1 };
const B = { senderId: 2 };

function setup(stored: StoredPin | null = STORED) {
  let now = 1_000_000;
  const ran: OperatorAction[] = [];
  const operator = createOperator({
    now: () => now,
    storedPin: () => stored,
    run: (action) => {
      ran.push(action);
      return { ok: true, message: action.type };
    },
  });
  return {
    operator,
    ran,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('unlock', () => {
  it('with no PIN set, opens and says so (pinSet false), whatever is typed', () => {
    const { operator } = setup(null);
    expect(operator.unlock(A, '')).toEqual({ ok: true, pinSet: false });
    expect(() => operator.assertUnlocked(A)).not.toThrow();
  });

  it('the right PIN opens with pinSet true', () => {
    const { operator } = setup();
    expect(operator.unlock(A, '2468')).toEqual({ ok: true, pinSet: true });
  });

  it('a wrong PIN answers wrong with the attempts left, and stays locked', () => {
    const { operator } = setup();
    expect(operator.unlock(A, '1111')).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4, lockedUntil: null });
    expect(operator.unlock(A, '2222')).toMatchObject({ ok: false, reason: 'wrong', attemptsLeft: 3 });
    expect(() => operator.assertUnlocked(A)).toThrow(OperatorLocked);
  });

  it('five wrong attempts lock the gate, with the time it reopens', () => {
    const { operator } = setup();
    for (let i = 0; i < 4; i++) expect(operator.unlock(A, '0000')).toMatchObject({ reason: 'wrong' });
    const fifth = operator.unlock(A, '0000');
    expect(fifth).toMatchObject({ ok: false, reason: 'locked', attemptsLeft: 0 });
    expect(fifth.ok === false && fifth.lockedUntil).toBeGreaterThan(1_000_000);
  });

  it('while locked even the right PIN is refused, from any window, until the lockout passes', () => {
    const { operator, advance } = setup();
    for (let i = 0; i < 5; i++) operator.unlock(A, '0000');
    expect(operator.unlock(A, '2468')).toMatchObject({ ok: false, reason: 'locked' });
    expect(operator.unlock(B, '2468')).toMatchObject({ ok: false, reason: 'locked' });
    advance(59_000);
    expect(operator.unlock(A, '2468')).toMatchObject({ ok: false, reason: 'locked' });
    advance(1_000);
    expect(operator.unlock(A, '2468')).toEqual({ ok: true, pinSet: true });
  });
});

describe('assertUnlocked', () => {
  it('is per window: unlocking window A does not unlock window B', () => {
    const { operator } = setup();
    operator.unlock(A, '2468');
    expect(() => operator.assertUnlocked(A)).not.toThrow();
    expect(() => operator.assertUnlocked(B)).toThrow(OperatorLocked);
  });

  it('expires UNLOCK_TTL_MS after the last use', () => {
    const { operator, advance } = setup();
    operator.unlock(A, '2468');
    advance(UNLOCK_TTL_MS);
    expect(() => operator.assertUnlocked(A)).not.toThrow(); // use renews the lease
    advance(UNLOCK_TTL_MS + 1);
    expect(() => operator.assertUnlocked(A)).toThrow(OperatorLocked);
    // Expired means gone: it does not come back by itself.
    expect(() => operator.assertUnlocked(A)).toThrow(OperatorLocked);
  });

  it('lock() closes the window at once', () => {
    const { operator } = setup();
    operator.unlock(A, '2468');
    operator.lock(A);
    expect(() => operator.assertUnlocked(A)).toThrow(OperatorLocked);
  });
});

describe('action', () => {
  it('runs only for the window that unlocked, and never after expiry', async () => {
    const { operator, ran, advance } = setup();
    await expect(operator.action(A, { type: 'pause' })).rejects.toThrow(OperatorLocked);
    expect(ran).toEqual([]);
    operator.unlock(A, '2468');
    await expect(operator.action(B, { type: 'exit' })).rejects.toThrow(OperatorLocked);
    await expect(operator.action(A, { type: 'pause' })).resolves.toEqual({ ok: true, message: 'pause' });
    advance(UNLOCK_TTL_MS + 1);
    await expect(operator.action(A, { type: 'exit' })).rejects.toThrow(OperatorLocked);
    expect(ran).toEqual([{ type: 'pause' }]);
  });
});
