import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPinDigit,
  MAX_PIN_DIGITS,
  MIN_PIN_DIGITS,
  PIN_PATTERN,
  PIN_RULE_TEXT,
  pinProblem,
} from '../../../src/shared/pin-rule';

describe('the PIN rule (src/shared/pin-rule.ts)', () => {
  it('accepts 6 to 12 ASCII digits and nothing else', () => {
    expect(pinProblem('1'.repeat(MIN_PIN_DIGITS))).toBeNull();
    expect(pinProblem('9'.repeat(MAX_PIN_DIGITS))).toBeNull();
    for (const pin of [
      '1'.repeat(MIN_PIN_DIGITS - 1),
      '1'.repeat(MAX_PIN_DIGITS + 1),
      '',
      '12345a',
      ' 123456',
      '123456\n',
    ])
      expect(pinProblem(pin), JSON.stringify(pin)).toBe(PIN_RULE_TEXT);
    // Other scripts' digits would hash differently from what a keypad types.
    expect(pinProblem('١٢٣٤٥٦')).toBe(PIN_RULE_TEXT);
    expect(pinProblem('１２３４５６')).toBe(PIN_RULE_TEXT);
  });

  it('isPinDigit takes one ASCII digit, the same digits the whole-PIN pattern takes', () => {
    for (const d of '0123456789') expect(isPinDigit(d), d).toBe(true);
    for (const k of ['', '12', 'a', '٣', '５', ' ', 'Enter', 'Digit1']) expect(isPinDigit(k), k).toBe(false);
    fc.assert(
      fc.property(fc.string({ minLength: MIN_PIN_DIGITS, maxLength: MAX_PIN_DIGITS }), (pin) => {
        expect(PIN_PATTERN.test(pin)).toBe([...pin].every(isPinDigit));
      }),
    );
  });

  it('the sentence names the bounds the pattern enforces', () => {
    expect(PIN_RULE_TEXT).toContain(`${MIN_PIN_DIGITS} to ${MAX_PIN_DIGITS} digits`);
  });
});
