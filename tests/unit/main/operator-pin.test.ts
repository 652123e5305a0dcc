/**
 * The PIN hash: async PBKDF2 (main's event loop keeps turning), parameters bounded and
 * hex-checked before any hashing, the one PIN rule (6–12 ASCII digits).
 */
import * as crypto from 'node:crypto';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PIN_ITERATIONS,
  hashPin,
  MAX_PIN_ITERATIONS,
  MIN_PIN_ITERATIONS,
  StoredPin,
  verifyPin,
} from '../../../src/main/operator-pin';
import { pinProblem } from '../../../src/shared/pin-rule';
import { OperatorAction } from '../../../src/shared/ipc.schema';

// Records every PBKDF2 call's iteration count; derives for real, except above the bound, where a
// real derivation would take seconds — those answer at once, so a control can show they were asked.
const pbkdf2Calls = vi.hoisted(() => [] as number[]);
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  const pbkdf2 = (...args: Parameters<typeof real.pbkdf2>) => {
    const [password, salt, iterations, keylen, digest, callback] = args;
    pbkdf2Calls.push(iterations);
    if (iterations > 2_000_000) return void setImmediate(() => callback(null, Buffer.alloc(keylen)));
    return real.pbkdf2(password, salt, iterations, keylen, digest, callback);
  };
  return { ...real, pbkdf2 };
});

let stored: StoredPin;
beforeAll(async () => {
  stored = await hashPin('246813', { iterations: MIN_PIN_ITERATIONS });
});

describe('the PIN rule', () => {
  it('takes 6–12 ASCII digits, in main and in the IPC schema alike', () => {
    for (const ok of ['000000', '123456', '123456789012']) {
      expect(pinProblem(ok)).toBeNull();
      expect(OperatorAction.safeParse({ type: 'setPin', pin: ok }).success).toBe(true);
    }
    for (const bad of ['', '1234', '12345', '1234567890123', '12a456', ' 123456', '123456\n', '١٢٣٤٥٦']) {
      expect(pinProblem(bad), bad).not.toBeNull();
      expect(OperatorAction.safeParse({ type: 'setPin', pin: bad }).success, bad).toBe(false);
    }
  });
});

describe('hashPin / verifyPin', () => {
  it('salts, and stores what the schema accepts (32 + 64 hex digits, default iterations)', async () => {
    const a = await hashPin('135790');
    expect(a.iterations).toBe(DEFAULT_PIN_ITERATIONS);
    expect(StoredPin.parse(a)).toEqual(a);
    const b = await hashPin('135790', { iterations: MIN_PIN_ITERATIONS });
    expect(b.salt).not.toBe(a.salt);
    expect(await hashPin('135790', { salt: b.salt, iterations: MIN_PIN_ITERATIONS })).toEqual(b);
    await expect(hashPin('1234')).rejects.toThrow(/6 to 12 digits/);
  });

  it('verifies the right PIN and rejects others and malformed stored data', async () => {
    expect(await verifyPin('246813', stored)).toBe(true);
    expect(await verifyPin('246814', stored)).toBe(false);
    expect(await verifyPin('2468130', stored)).toBe(false);
    expect(await verifyPin('abcdef', stored)).toBe(false);
    expect(await verifyPin('246813', { ...stored, hash: stored.hash.slice(0, 32) })).toBe(false);
    expect(await verifyPin('246813', { ...stored, hash: stored.hash.toUpperCase() })).toBe(false);
    expect(await verifyPin('246813', { ...stored, salt: 'zz'.repeat(16) })).toBe(false);
  });

  it('refuses out-of-bounds iterations without hashing: 2e7 never reaches PBKDF2 (control: an unchecked verifier does)', async () => {
    const huge = { ...stored, iterations: 20_000_000 };
    pbkdf2Calls.length = 0;
    expect(await verifyPin('246813', huge)).toBe(false);
    expect(await verifyPin('246813', { ...stored, iterations: 1_000 })).toBe(false);
    expect(pbkdf2Calls).toEqual([]);
    expect(StoredPin.safeParse({ ...stored, iterations: MAX_PIN_ITERATIONS + 1 }).success).toBe(false);

    // Control: the same stored record through a verifier without the bounds asks for 2e7 rounds.
    const unchecked = (pin: string, s: StoredPin) =>
      promisify(crypto.pbkdf2)(pin, Buffer.from(s.salt, 'hex'), s.iterations, 32, 'sha256');
    await unchecked('246813', huge);
    expect(pbkdf2Calls).toEqual([20_000_000]);
  });

  it('hashes off the event loop: a setImmediate runs before the answer (control: pbkdf2Sync blocks it)', async () => {
    const turnedDuring = async (verify: () => Promise<boolean>) => {
      let turned = false;
      setImmediate(() => (turned = true));
      await verify();
      return turned;
    };
    expect(await turnedDuring(() => verifyPin('246813', stored))).toBe(true);
    const blocking = async () => {
      const key = crypto.pbkdf2Sync('246813', Buffer.from(stored.salt, 'hex'), stored.iterations, 32, 'sha256');
      return key.toString('hex') === stored.hash;
    };
    expect(await turnedDuring(blocking)).toBe(false);
  });
});
