import { useCallback, useState } from 'react';
import type { OperatorAction, OperatorActionResult, OperatorSay } from '../../../shared/ipc';
import { isMessageId, say } from './operator-text';

/** The panel's places for a result: each shows beside the buttons that caused it. */
export type ResultSlot = 'playback' | 'hours' | 'jump' | 'language' | 'content' | 'import' | 'export';

export interface Outcome {
  ok: boolean;
  text: string;
}

/** Main's words in the operator's language: its catalogue message when it sent one, else its plain English. */
export function sayOrPlain(message: string, sent: OperatorSay | undefined): string {
  return sent && isMessageId(sent.id) ? say(sent.id, sent.values) : message;
}

/** A result in the operator's language: main's catalogue id when it sent one, else its plain words. */
export function outcomeOf(result: OperatorActionResult): Outcome {
  return { ok: result.ok, text: sayOrPlain(result.message, result.say) };
}

/**
 * Runs operator actions and keeps each one's outcome under its own slot, so Export's answer shows
 * beside Export (not at the top of a panel scrolled elsewhere). One action at a time: `busy`.
 */
export function useActionResults(refresh: () => void, onLocked: () => void) {
  const [results, setResults] = useState<Partial<Record<ResultSlot, Outcome>>>({});
  const [busy, setBusy] = useState(false);
  const show = useCallback((slot: ResultSlot, outcome: Outcome) => setResults((r) => ({ ...r, [slot]: outcome })), []);
  const act = useCallback(
    (slot: ResultSlot, action: OperatorAction) => {
      setBusy(true);
      window.showcase
        .operatorAction(action)
        .then((result) => {
          show(slot, outcomeOf(result));
          refresh();
        }, onLocked)
        .finally(() => setBusy(false));
    },
    [refresh, onLocked, show],
  );
  return { results, busy, act, show };
}

/** The line beside a section's buttons: what the last press there did. */
export function ActionResult({ outcome, slot }: { outcome: Outcome | undefined; slot: ResultSlot }) {
  return (
    <p
      className={`operator-result${outcome && !outcome.ok ? ' operator-result-failed' : ''}`}
      role="status"
      data-testid={`result-${slot}`}
    >
      {outcome?.text ?? ''}
    </p>
  );
}
