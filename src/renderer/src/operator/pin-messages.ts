/**
 * What the PIN pad says for main's answers. Nothing here helps a guesser: no hint about unset or
 * default PINs, only what the person at the pad can act on. The words are ICU messages of the
 * operator catalogue (src/shared/messages/operator-messages.ts).
 */
import type { UnlockResult } from '../../../shared/ipc';
import { say } from './operator-text';

/** "Locked. Try again in 2 min.": whole minutes, rounded up, so it never says 0 while still locked. */
export function retryText(remainingMs: number): string {
  return say('pinLocked', { minutes: Math.max(1, Math.ceil(remainingMs / 60_000)) });
}

/** The pad's line for a refused PIN. */
export function refusalText(result: Extract<UnlockResult, { ok: false }>): string {
  switch (result.reason) {
    case 'wrong':
      return say('pinWrong', { attemptsLeft: result.attemptsLeft });
    case 'locked':
      return say('pinTooMany');
    case 'no-pin':
      return say('pinNotSet');
    case 'pin-unreadable':
      return say('pinUnreadable');
    case 'presenter-only':
      return say('pinPresenterOnly');
  }
}
