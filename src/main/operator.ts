/**
 * The operator overlay's gatekeeper. The PIN is checked here against the salted hash in
 * settings; the renderer only ever learns "unlocked" for its own window, for a while.
 */
import type { CallContext, OperatorAction, OperatorActionResult, UnlockResult } from '../shared/ipc';
import { createPinGate, type StoredPin } from './operator-pin';

/** An unlocked overlay locks itself again after this long without use. */
export const UNLOCK_TTL_MS = 5 * 60_000;

export interface OperatorDeps {
  now: () => number;
  storedPin: () => StoredPin | null;
  run: (action: OperatorAction) => Promise<OperatorActionResult> | OperatorActionResult;
}

export interface Operator {
  unlock(context: CallContext, pin: string): UnlockResult;
  lock(context: CallContext): void;
  /** Throws when this window has not unlocked: the IPC layer turns that into a refusal. */
  assertUnlocked(context: CallContext): void;
  action(context: CallContext, action: OperatorAction): Promise<OperatorActionResult>;
}

export class OperatorLocked extends Error {
  constructor() {
    super('operator overlay is locked');
  }
}

/** Creates the gate: rate-limited PIN attempts, per-window unlock with expiry. */
export function createOperator(deps: OperatorDeps): Operator {
  const gate = createPinGate({ now: deps.now });
  const unlocked = new Map<number, number>(); // senderId → expiry

  const assertUnlocked = ({ senderId }: CallContext) => {
    const until = unlocked.get(senderId);
    if (until === undefined || until < deps.now()) {
      unlocked.delete(senderId);
      throw new OperatorLocked();
    }
    unlocked.set(senderId, deps.now() + UNLOCK_TTL_MS);
  };

  return {
    unlock({ senderId }, pin) {
      const stored = deps.storedPin();
      const result = gate.attempt(pin, stored);
      if (result === 'ok' || result === 'no-pin-set') {
        unlocked.set(senderId, deps.now() + UNLOCK_TTL_MS);
        return { ok: true, pinSet: stored !== null };
      }
      return { ok: false, reason: result, attemptsLeft: gate.attemptsLeft(), lockedUntil: gate.lockedUntil() };
    },
    lock({ senderId }) {
      unlocked.delete(senderId);
    },
    assertUnlocked,
    async action(context, action) {
      assertUnlocked(context);
      return deps.run(action);
    },
  };
}
