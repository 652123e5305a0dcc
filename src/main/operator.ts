/**
 * The operator overlay's gatekeeper. The PIN is checked here against the hash in the PIN file;
 * the renderer only ever learns "unlocked" for its own window, for a while.
 *
 * Fail closed: in kiosk mode nothing unlocks without a readable PIN. Only in window and present
 * mode (a rehearsal at a desk) does a missing PIN let the overlay open, so the first PIN can be set
 * there. An unreadable PIN file refuses every unlock in every mode. In present mode only the
 * presenter's window unlocks, never the projector's.
 */
import type { CallContext, OperatorAction, OperatorActionResult, UnlockResult } from '../shared/ipc';
import type { Mode } from '../shared/deck/state';
import { verifyPin } from './operator-pin';
import type { PinStore } from './pin-store';

/** An unlocked overlay locks itself again after this long without use. */
export const UNLOCK_TTL_MS = 5 * 60_000;

/** Who may open the overlay while no PIN is set: a rehearsal at a desk, never a kiosk. */
export function unlocksWithoutPin(mode: Mode): boolean {
  return mode !== 'kiosk';
}

type OtherAction = Exclude<OperatorAction, { type: 'setPin' }>;

export interface OperatorDeps {
  now: () => number;
  mode: Mode;
  pins: Pick<PinStore, 'state' | 'gate' | 'save'>;
  log: { info(m: string): void; warn(m: string): void };
  /** Every action except `setPin`, which the operator handles with its PIN store. */
  run: (action: OtherAction) => Promise<OperatorActionResult> | OperatorActionResult;
  /**
   * Present mode: the webContents id of the presenter's window, the only one that may unlock (the
   * projector shows no PIN pad and no file paths); null while it is not open. In present mode an
   * absent or null answer refuses every unlock: an unknown window is never taken for the presenter.
   */
  presenterView?: () => number | null;
  /** Tests only: the policy for a missing PIN (the old fail-open one, as a control). */
  unlocksWithoutPin?: (mode: Mode) => boolean;
}

export interface Operator {
  unlock(context: CallContext, pin: string): Promise<UnlockResult>;
  lock(context: CallContext): void;
  /** Throws when this window has not unlocked: the IPC layer turns that into a refusal. */
  assertUnlocked(context: CallContext): void;
  action(context: CallContext, action: OperatorAction): Promise<OperatorActionResult>;
  /** For the operator status: is a PIN in force? */
  pinSet(): boolean;
  /** True while any window's unlock is in force: someone operates the kiosk (the idle return waits). */
  anyUnlocked(): boolean;
}

export class OperatorLocked extends Error {
  constructor() {
    super('operator overlay is locked');
  }
}

/** Creates the gate: persisted, rate-limited PIN attempts, per-window unlock with expiry. */
export function createOperator(deps: OperatorDeps): Operator {
  const openWithoutPin = deps.unlocksWithoutPin ?? unlocksWithoutPin;
  const unlocked = new Map<number, number>(); // senderId → expiry

  const assertUnlocked = ({ senderId }: CallContext) => {
    const until = unlocked.get(senderId);
    if (until === undefined || until < deps.now()) {
      unlocked.delete(senderId);
      throw new OperatorLocked();
    }
    unlocked.set(senderId, deps.now() + UNLOCK_TTL_MS);
  };

  const refuse = (reason: 'no-pin' | 'pin-unreadable' | 'presenter-only'): UnlockResult => {
    deps.log.warn(`operator unlock refused: ${reason}`);
    return { ok: false, reason, attemptsLeft: 0, lockedUntil: null, retryInMs: null };
  };

  async function unlock({ senderId }: CallContext, pin: string): Promise<UnlockResult> {
    if (deps.mode === 'present' && (deps.presenterView?.() ?? null) !== senderId) return refuse('presenter-only');
    const pins = deps.pins.state();
    if (pins.status === 'unreadable') return refuse('pin-unreadable');
    if (pins.status === 'none') {
      if (!openWithoutPin(deps.mode)) return refuse('no-pin');
      deps.log.warn(`operator unlock without a PIN (${deps.mode} mode)`);
      unlocked.set(senderId, deps.now() + UNLOCK_TTL_MS);
      return { ok: true, pinSet: false };
    }
    const answer = await deps.pins.gate.attempt(() => verifyPin(pin, pins.pin));
    deps.log.info(`operator unlock: ${answer.outcome}`); // never the PIN itself
    if (answer.outcome === 'ok') {
      unlocked.set(senderId, deps.now() + UNLOCK_TTL_MS);
      return { ok: true, pinSet: true };
    }
    const retryInMs = answer.lockedUntil === null ? null : Math.max(0, answer.lockedUntil - deps.now());
    return {
      ok: false,
      reason: answer.outcome,
      attemptsLeft: answer.attemptsLeft,
      lockedUntil: answer.lockedUntil,
      retryInMs,
    };
  }

  return {
    unlock,
    lock({ senderId }) {
      unlocked.delete(senderId);
    },
    assertUnlocked,
    async action(context, action) {
      assertUnlocked(context);
      if (action.type !== 'setPin') return deps.run(action);
      deps.log.info('operator: setPin'); // never the PIN itself
      const saved = await deps.pins.save(action.pin);
      return saved.ok ? { ok: true, message: 'PIN saved' } : { ok: false, message: saved.message };
    },
    pinSet: () => deps.pins.state().status === 'set',
    anyUnlocked() {
      const now = deps.now();
      for (const [senderId, until] of unlocked) if (until < now) unlocked.delete(senderId);
      return unlocked.size > 0;
    },
  };
}
