/**
 * The operator panel's and PIN pad's messages: ICU messages like the pack's `ui` strings, checked
 * and plural-tested the same way (tests/unit/content/operator-messages.test.ts). Staff screens are
 * English only (docs/kiosk-setup.md is English), so this catalogue has one locale; adding one is
 * adding a column, not rewriting call sites.
 */
export const OPERATOR_LOCALE = 'en';

export const OPERATOR_MESSAGES = {
  pinLocked: 'Locked. Try again in {minutes, plural, one {# min} other {# min}}.',
  pinWrong: 'Wrong PIN. {attemptsLeft, plural, one {# attempt} other {# attempts}} left before a lockout.',
  pinTooMany: 'Too many wrong PINs.',
  pinNotSet: 'The operator panel is closed on this kiosk until a PIN is set on the PC (--set-pin).',
  pinUnreadable: 'The operator PIN cannot be checked. See the log.',
  analyticsRecording: 'Recording normally.',
  analyticsStopped: 'Not recording: {reason}.',
  analyticsRetryAt: 'It tries again at {time}.',
  analyticsHeld:
    '{count, plural, one {# event} other {# events}} waiting in memory; they are written once the disk works again (lost if the app stops before).',
  analyticsLost: '{count, plural, one {# event} other {# events}} lost: memory for waiting events was full.',
  analyticsRotationBlocked:
    'The files could not be rotated ({reason}); nothing is lost and it tries again in a few minutes. Close any analytics file open in another program.',
  analyticsLastError: 'Last error: {error}',
} as const;

export type OperatorMessageId = keyof typeof OPERATOR_MESSAGES;
