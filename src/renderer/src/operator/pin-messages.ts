/**
 * What the PIN pad says for main's answers. Nothing here helps a guesser: no hint about unset or
 * default PINs, only what the person at the pad can act on.
 */
import type { UnlockResult } from '../../../shared/ipc';

/** "Locked. Try again in 2 min.": whole minutes, rounded up, so it never says 0 while still locked. */
export function retryText(remainingMs: number): string {
  return `Locked. Try again in ${Math.max(1, Math.ceil(remainingMs / 60_000))} min.`;
}

/** The pad's line for a refused PIN. */
export function refusalText(result: Extract<UnlockResult, { ok: false }>): string {
  switch (result.reason) {
    case 'wrong':
      return `Wrong PIN. ${result.attemptsLeft} ${result.attemptsLeft === 1 ? 'attempt' : 'attempts'} left before a lockout.`;
    case 'locked':
      return 'Too many wrong PINs.';
    case 'no-pin':
      return 'The operator panel is closed on this kiosk until a PIN is set on the PC (--set-pin).';
    case 'pin-unreadable':
      return 'The operator PIN cannot be checked. See the log.';
  }
}
