import { describe, expect, it } from 'vitest';
import { refusalText, retryText } from '../../../src/renderer/src/operator/pin-messages';

describe('retryText', () => {
  it('rounds up to whole minutes and never says 0 while locked', () => {
    expect(retryText(120_000)).toBe('Locked. Try again in 2 min.');
    expect(retryText(60_001)).toBe('Locked. Try again in 2 min.');
    expect(retryText(60_000)).toBe('Locked. Try again in 1 min.');
    expect(retryText(1)).toBe('Locked. Try again in 1 min.');
    expect(retryText(0)).toBe('Locked. Try again in 1 min.');
  });
});

describe('refusalText', () => {
  const refusal = (reason: 'wrong' | 'locked' | 'no-pin' | 'pin-unreadable', attemptsLeft = 0) =>
    refusalText({ ok: false, reason, attemptsLeft, lockedUntil: null, retryInMs: null });

  it('counts attempts left, and gives no hint about unset or default PINs', () => {
    expect(refusal('wrong', 1)).toBe('Wrong PIN. 1 attempt left before a lockout.');
    expect(refusal('wrong', 3)).toBe('Wrong PIN. 3 attempts left before a lockout.');
    for (const reason of ['wrong', 'locked', 'no-pin', 'pin-unreadable'] as const)
      expect(refusal(reason, 2)).not.toMatch(/\bany\b|four|0000|default/i);
  });
});
