import { describe, expect, it } from 'vitest';
import { createPinGate, hashPin, pinProblem, verifyPin, type StoredPin } from '../../../src/main/operator-pin';
import { Settings } from '../../../src/shared/settings';

// Few iterations keep the suite fast; the default is tested once below.
const FAST = 10_000;
const stored: StoredPin = hashPin('2468', undefined, FAST);

describe('hashPin / verifyPin', () => {
  it('accepts 4–12 digits only', () => {
    for (const ok of ['0000', '1234', '123456789012']) expect(pinProblem(ok)).toBeNull();
    for (const bad of ['', '123', '1234567890123', '12a4', ' 1234', '1234\n', '١٢٣٤'])
      expect(pinProblem(bad)).not.toBeNull();
    expect(() => hashPin('12')).toThrow(/4 to 12 digits/);
  });

  it('salts: the same PIN hashes differently each time, and the salt reproduces the hash', () => {
    const a = hashPin('2468', undefined, FAST);
    const b = hashPin('2468', undefined, FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(hashPin('2468', a.salt, FAST)).toEqual(a);
  });

  it('produces what the settings schema stores', () => {
    const pin = hashPin('13579');
    expect(pin.iterations).toBe(210_000);
    expect(pin.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(pin.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Settings.parse({ operatorPin: pin }).operatorPin).toEqual(pin);
    expect(verifyPin('13579', pin)).toBe(true);
  });

  it('verifies the right PIN and rejects others, including malformed input and stored data', () => {
    expect(verifyPin('2468', stored)).toBe(true);
    expect(verifyPin('2469', stored)).toBe(false);
    expect(verifyPin('24680', stored)).toBe(false);
    expect(verifyPin('abcd', stored)).toBe(false);
    expect(verifyPin('2468', { ...stored, hash: '' })).toBe(false);
    expect(verifyPin('2468', { ...stored, hash: stored.hash.slice(0, 32) })).toBe(false);
  });
});

describe('createPinGate', () => {
  function gate() {
    let t = 1_000_000;
    const g = createPinGate({ now: () => t });
    return { g, advance: (ms: number) => (t += ms), at: () => t };
  }

  it('opens with the right PIN', () => {
    const { g } = gate();
    expect(g.attempt('2468', stored)).toBe('ok');
    expect(g.lockedUntil()).toBeNull();
  });

  it('says no-pin-set when none is stored', () => {
    const { g } = gate();
    expect(g.attempt('2468', null)).toBe('no-pin-set');
    expect(g.attempt('anything', null)).toBe('no-pin-set');
  });

  it('locks after five wrong attempts, even against the right PIN, until the lockout passes', () => {
    const { g, advance, at } = gate();
    for (let i = 0; i < 4; i++) expect(g.attempt('0000', stored)).toBe('wrong');
    expect(g.attemptsLeft()).toBe(1);
    expect(g.attempt('0000', stored)).toBe('locked');
    expect(g.lockedUntil()).toBe(at() + 60_000);
    expect(g.attempt('2468', stored)).toBe('locked');
    advance(59_999);
    expect(g.attempt('2468', stored)).toBe('locked');
    advance(1);
    expect(g.lockedUntil()).toBeNull();
    expect(g.attempt('2468', stored)).toBe('ok');
  });

  it('doubles each further lockout up to 15 minutes, and a success resets it', () => {
    const { g, advance, at } = gate();
    const lockOnce = () => {
      for (let i = 0; i < 5; i++) g.attempt('1111', stored);
      const length = (g.lockedUntil() ?? 0) - at();
      advance(length);
      return length;
    };
    const lengths = Array.from({ length: 7 }, lockOnce);
    expect(lengths).toEqual([60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000]);
    expect(g.attempt('2468', stored)).toBe('ok');
    expect(lockOnce()).toBe(60_000);
  });

  it('counts malformed input as a wrong attempt', () => {
    const { g } = gate();
    for (let i = 0; i < 4; i++) expect(g.attempt('', stored)).toBe('wrong');
    expect(g.attempt('x', stored)).toBe('locked');
  });
});
