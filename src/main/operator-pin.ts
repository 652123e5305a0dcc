/**
 * The operator PIN's hash: a salted PBKDF2-HMAC-SHA256, computed with the asynchronous
 * `crypto.pbkdf2` (it runs on libuv's thread pool, so a guess never blocks main's event loop).
 * The stored parameters are checked before use: a hand-edited iteration count of 2e7 would cost
 * seconds per guess, a short hash would be a weaker prefix match.
 */
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { pinProblem } from '../shared/pin-rule';

const pbkdf2Async = promisify(pbkdf2);

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const DEFAULT_PIN_ITERATIONS = 210_000;
/** Bounds on a stored iteration count: below, guessing offline is cheap; above, a check takes seconds. */
export const MIN_PIN_ITERATIONS = 100_000;
export const MAX_PIN_ITERATIONS = 2_000_000;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes * 2} hex digits`);

/** The stored form of a PIN. Every field is checked: fixed-length lowercase hex, bounded iterations. */
export const StoredPin = z
  .object({
    salt: hex(SALT_BYTES),
    hash: hex(KEY_BYTES),
    iterations: z.int().min(MIN_PIN_ITERATIONS).max(MAX_PIN_ITERATIONS),
  })
  .strict();
export type StoredPin = z.infer<typeof StoredPin>;

/**
 * Hashes a PIN with a random 16-byte salt. Throws if the PIN breaks the PIN rule or the
 * parameters are out of bounds: callers validate with `pinProblem` first.
 */
export async function hashPin(pin: string, options: { salt?: string; iterations?: number } = {}): Promise<StoredPin> {
  const problem = pinProblem(pin);
  if (problem) throw new Error(problem);
  const salt = options.salt ?? randomBytes(SALT_BYTES).toString('hex');
  const iterations = options.iterations ?? DEFAULT_PIN_ITERATIONS;
  const params = StoredPin.omit({ hash: true }).parse({ salt, iterations });
  const key = await pbkdf2Async(pin, Buffer.from(params.salt, 'hex'), params.iterations, KEY_BYTES, 'sha256');
  return { ...params, hash: key.toString('hex') };
}

/**
 * True when `pin` matches the stored hash; compared in constant time. A PIN that breaks the rule,
 * or stored parameters out of bounds, are simply false — and cost no hashing.
 */
export async function verifyPin(pin: string, stored: StoredPin): Promise<boolean> {
  if (pinProblem(pin) !== null) return false;
  const checked = StoredPin.safeParse(stored);
  if (!checked.success) return false;
  const { salt, hash, iterations } = checked.data;
  const actual = await pbkdf2Async(pin, Buffer.from(salt, 'hex'), iterations, KEY_BYTES, 'sha256');
  return timingSafeEqual(actual, Buffer.from(hash, 'hex'));
}
