/**
 * THE operator PIN rule, in one place: main's checks, the IPC schema, `--set-pin` and the PIN
 * pad all import it. Zod-free, so the renderer may import it as a value.
 */

/** Fewest digits a PIN may have: 6 digits are a million guesses against a daily cap of a few dozen. */
export const MIN_PIN_DIGITS = 6;
/** Most digits a PIN may have (a longer one is no harder to guess than a fumble-free entry allows). */
export const MAX_PIN_DIGITS = 12;
/** ASCII digits only: other scripts' digits ("١٢٣") would hash differently from what a keypad types. */
const DIGIT = '[0-9]';
export const PIN_PATTERN = new RegExp(`^${DIGIT}{${MIN_PIN_DIGITS},${MAX_PIN_DIGITS}}$`);
const ONE_DIGIT = new RegExp(`^${DIGIT}$`);
/** The one sentence that says what a PIN must be. */
export const PIN_RULE_TEXT = `the PIN must be ${MIN_PIN_DIGITS} to ${MAX_PIN_DIGITS} digits`;

/** Returns why `pin` is not acceptable as an operator PIN, or null when it is. */
export function pinProblem(pin: string): string | null {
  return PIN_PATTERN.test(pin) ? null : PIN_RULE_TEXT;
}

/** True when a single key or character may be part of a PIN (the PIN pad's keyboard input). */
export function isPinDigit(key: string): boolean {
  return ONE_DIGIT.test(key);
}
