/**
 * The operator PIN: stored only as a salted PBKDF2 hash in the user settings file, checked in
 * main, never sent to a renderer. The gate below rate-limits guesses so a visitor cannot walk
 * through 10 000 four-digit PINs on a touch screen.
 */
import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

/** The stored form of a PIN (the shape of `Settings.operatorPin`). All strings are hex. */
export interface StoredPin {
  salt: string;
  hash: string;
  iterations: number;
}

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const DEFAULT_PIN_ITERATIONS = 210_000;
const KEY_BYTES = 32;
const PIN_PATTERN = /^\d{4,12}$/;

/** Returns why `pin` is not acceptable as an operator PIN, or null when it is (4–12 digits). */
export function pinProblem(pin: string): string | null {
  return PIN_PATTERN.test(pin) ? null : 'the PIN must be 4 to 12 digits';
}

/**
 * Hashes a PIN with PBKDF2-HMAC-SHA256 and a random 16-byte salt.
 * Throws if the PIN is not 4–12 digits: callers validate with {@link pinProblem} first.
 */
export function hashPin(
  pin: string,
  salt: string = randomBytes(16).toString('hex'),
  iterations: number = DEFAULT_PIN_ITERATIONS,
): StoredPin {
  const problem = pinProblem(pin);
  if (problem) throw new Error(problem);
  const hash = pbkdf2Sync(pin, Buffer.from(salt, 'hex'), iterations, KEY_BYTES, 'sha256').toString('hex');
  return { salt, hash, iterations };
}

/** True when `pin` matches the stored hash. Compares in constant time; malformed input is simply false. */
export function verifyPin(pin: string, stored: StoredPin): boolean {
  if (pinProblem(pin) !== null) return false;
  const expected = Buffer.from(stored.hash, 'hex');
  // A shortened hash would still be a valid PBKDF2 prefix, so only the full length counts.
  if (expected.length !== KEY_BYTES || !(stored.iterations >= 1)) return false;
  const actual = pbkdf2Sync(pin, Buffer.from(stored.salt, 'hex'), stored.iterations, KEY_BYTES, 'sha256');
  return timingSafeEqual(actual, expected);
}

export type PinAttempt = 'ok' | 'wrong' | 'locked' | 'no-pin-set';

export interface PinGateOptions {
  /** Clock in ms (injected so tests and the main-process clock agree). */
  now: () => number;
  /** Wrong attempts allowed before a lockout. */
  maxAttempts?: number;
  /** First lockout; each further lockout doubles it, up to `maxLockoutMs`. */
  lockoutMs?: number;
  maxLockoutMs?: number;
}

export interface PinGate {
  /**
   * Checks a PIN. While locked, answers 'locked' without hashing (no CPU burn, no timing oracle).
   * The wrong attempt that starts a lockout already answers 'locked'.
   */
  attempt(pin: string, stored: StoredPin | null): PinAttempt;
  /** End of the current lockout in ms, or null when not locked. */
  lockedUntil(): number | null;
  /** Wrong attempts left before the next lockout. */
  attemptsLeft(): number;
}

/** A rate-limited PIN checker: `maxAttempts` wrong → locked, with a growing lockout. Pure apart from `now`. */
export function createPinGate(options: PinGateOptions): PinGate {
  const { now, maxAttempts = 5, lockoutMs = 60_000, maxLockoutMs = 15 * 60_000 } = options;
  let failures = 0;
  let lockouts = 0;
  let until: number | null = null;

  const lockedUntil = (): number | null => (until !== null && now() < until ? until : null);

  return {
    attempt(pin, stored) {
      if (stored === null) return 'no-pin-set';
      if (lockedUntil() !== null) return 'locked';
      if (verifyPin(pin, stored)) {
        failures = 0;
        lockouts = 0;
        until = null;
        return 'ok';
      }
      failures += 1;
      if (failures < maxAttempts) return 'wrong';
      failures = 0;
      lockouts += 1;
      until = now() + Math.min(lockoutMs * 2 ** (lockouts - 1), maxLockoutMs);
      return 'locked';
    },
    lockedUntil,
    attemptsLeft: () => (lockedUntil() !== null ? 0 : maxAttempts - failures),
  };
}
