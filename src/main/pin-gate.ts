/**
 * The rate limit on PIN guesses, kept on disk so a relaunch (nightly, crash, power cut) does not
 * hand out fresh attempts. Every guess is counted and saved *before* its hash is checked, so
 * nothing that happens during the check gives the attempt back. Time is injected.
 */
import { z } from 'zod';

const DAY_MS = 24 * 60 * 60_000;

/** What is remembered between launches. */
export const AttemptState = z
  .object({
    /** Wrong guesses since the last lockout or success. */
    failures: z.int().min(0).max(10_000),
    /** Lockouts in a row since the last success: each doubles the next. */
    lockouts: z.int().min(0).max(10_000),
    lockedUntil: z.number().nullable(),
    /** Start of the 24-hour window the daily cap counts in, and the guesses counted in it. */
    windowStart: z.number(),
    windowAttempts: z.int().min(0).max(10_000),
  })
  .strict();
export type AttemptState = z.infer<typeof AttemptState>;

/** Where the state lives. `load` never throws; `save` may (the gate logs it). */
export interface AttemptStore {
  load(): Promise<AttemptState | 'missing' | 'unreadable'>;
  save(state: AttemptState): Promise<void>;
}

export interface PinGateOptions {
  now: () => number;
  store: AttemptStore;
  log: (message: string) => void;
  /** Wrong guesses allowed before a lockout. */
  maxAttempts?: number;
  /** First lockout; each further one doubles, up to `maxLockoutMs`. */
  lockoutMs?: number;
  maxLockoutMs?: number;
  /** Guesses allowed in 24 hours, whatever the lockouts: with 6 digits, 20 a day is ~137 years for half the PINs. */
  dailyCap?: number;
}

export interface GateAnswer {
  outcome: 'ok' | 'wrong' | 'locked';
  attemptsLeft: number;
  lockedUntil: number | null;
}

export interface PinGate {
  /**
   * Counts a guess, then runs `check` (the hash comparison) unless locked. Guesses are handled
   * one at a time, so parallel calls cannot all slip in before the count.
   */
  attempt(check: () => Promise<boolean>): Promise<GateAnswer>;
  /** Forgets failures and lockouts (a new PIN was set by someone who proved access). */
  reset(): Promise<void>;
}

/** A persisted, rate-limited PIN gate: `maxAttempts` wrong → locked, growing lockouts, a daily cap. */
export function createPinGate(options: PinGateOptions): PinGate {
  const { now, store, log } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const lockoutMs = options.lockoutMs ?? 60_000;
  const maxLockoutMs = options.maxLockoutMs ?? 60 * 60_000;
  const dailyCap = options.dailyCap ?? 20;
  const fresh = (): AttemptState => ({
    failures: 0,
    lockouts: 0,
    lockedUntil: null,
    windowStart: now(),
    windowAttempts: 0,
  });
  let state: AttemptState | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function loaded(): Promise<AttemptState> {
    if (state) return state;
    const read = await store.load();
    if (read === 'unreadable') {
      // Not "fresh": corrupting or locking the file must not buy an attacker new guesses.
      log('operator PIN attempts file unreadable: locked for the first lockout period, then counting anew');
      state = { ...fresh(), lockedUntil: now() + lockoutMs };
    } else state = read === 'missing' ? fresh() : read;
    return state;
  }

  async function persist(s: AttemptState): Promise<void> {
    try {
      await store.save(s);
    } catch (e) {
      // Still counted in memory; only a relaunch would forget it. The attacker cannot cause this.
      log(`operator PIN attempts not saved (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }

  /** Rolls the daily window and keeps a lockout from reaching absurdly far (a clock set back). */
  function normalise(s: AttemptState, t: number): void {
    if (t - s.windowStart >= DAY_MS) Object.assign(s, { windowStart: t, windowAttempts: 0 });
    else if (t < s.windowStart) s.windowStart = t;
    if (s.lockedUntil !== null && s.lockedUntil <= t) s.lockedUntil = null;
    if (s.lockedUntil !== null) s.lockedUntil = Math.min(s.lockedUntil, t + Math.max(maxLockoutMs, DAY_MS));
  }

  const answer = (s: AttemptState, outcome: GateAnswer['outcome']): GateAnswer => ({
    outcome,
    attemptsLeft: s.lockedUntil !== null ? 0 : Math.min(maxAttempts - s.failures, dailyCap - s.windowAttempts),
    lockedUntil: s.lockedUntil,
  });

  async function attemptNow(check: () => Promise<boolean>): Promise<GateAnswer> {
    const s = await loaded();
    const t = now();
    normalise(s, t);
    if (s.lockedUntil !== null) return answer(s, 'locked');
    if (s.windowAttempts >= dailyCap) {
      s.lockedUntil = s.windowStart + DAY_MS;
      await persist(s);
      return answer(s, 'locked');
    }
    s.failures += 1;
    s.windowAttempts += 1;
    await persist(s); // counted before the check
    if (await check()) {
      Object.assign(s, { failures: 0, lockouts: 0, lockedUntil: null, windowAttempts: s.windowAttempts - 1 });
      await persist(s);
      return answer(s, 'ok');
    }
    if (s.failures >= maxAttempts) {
      s.failures = 0;
      s.lockouts += 1;
      s.lockedUntil = t + Math.min(lockoutMs * 2 ** Math.min(s.lockouts - 1, 30), maxLockoutMs);
    }
    if (s.windowAttempts >= dailyCap) s.lockedUntil = Math.max(s.lockedUntil ?? 0, s.windowStart + DAY_MS);
    if (s.lockedUntil !== null) {
      log(`operator PIN: locked until ${new Date(s.lockedUntil).toISOString()}`);
      await persist(s);
      return answer(s, 'locked');
    }
    return answer(s, 'wrong');
  }

  /** One guess at a time: the next starts when the previous has been counted and checked. */
  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    attempt: (check) => serialised(() => attemptNow(check)),
    reset: () =>
      serialised(async () => {
        state = fresh();
        await persist(state);
      }),
  };
}
