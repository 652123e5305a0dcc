/**
 * What the PIN pad says for main's answers. Nothing here helps a guesser: no hint about unset or
 * default PINs, only what the person at the pad can act on. The words are ICU messages of the
 * operator catalogue (src/shared/messages/operator-messages.ts).
 */
import type { UnlockResult } from '../../../shared/ipc';
import { formatMessage } from '../../../shared/messages/format-message';
import { OPERATOR_LOCALE, OPERATOR_MESSAGES as M } from '../../../shared/messages/operator-messages';

/** "Locked. Try again in 2 min.": whole minutes, rounded up, so it never says 0 while still locked. */
export function retryText(remainingMs: number): string {
  return formatMessage(M.pinLocked, OPERATOR_LOCALE, { minutes: Math.max(1, Math.ceil(remainingMs / 60_000)) });
}

/** The pad's line for a refused PIN. */
export function refusalText(result: Extract<UnlockResult, { ok: false }>): string {
  switch (result.reason) {
    case 'wrong':
      return formatMessage(M.pinWrong, OPERATOR_LOCALE, { attemptsLeft: result.attemptsLeft });
    case 'locked':
      return M.pinTooMany;
    case 'no-pin':
      return M.pinNotSet;
    case 'pin-unreadable':
      return M.pinUnreadable;
  }
}
