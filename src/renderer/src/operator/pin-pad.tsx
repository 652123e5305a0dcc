import { useCallback, useRef, useState } from 'react';
import { clockTime } from './gesture';
import { MAX_PIN_DIGITS, MIN_PIN_DIGITS, PinEntry, type KeyHandlerRef } from './pin-entry';

interface Props {
  /** Called once main has accepted the PIN (or has none set). */
  onUnlocked: (pinSet: boolean) => void;
  onCancel: () => void;
  /** Why the pad is shown again (e.g. the panel locked itself), if any. */
  notice: string | null;
  keyHandlerRef: KeyHandlerRef;
}

/**
 * The PIN prompt in front of the operator panel. Main alone checks the PIN and rate-limits
 * guesses; this shows what it answered: attempts left, or the end of a lockout.
 */
export function PinPad({ onUnlocked, onCancel, notice, keyHandlerRef }: Props) {
  const [message, setMessage] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const pending = useRef(false);

  const submit = useCallback(
    (pin: string) => {
      if (pending.current) return;
      // Too short to be any PIN: not sent, so it costs no attempt.
      if (pin.length < MIN_PIN_DIGITS) {
        setMessage(`The PIN has ${MIN_PIN_DIGITS} to ${MAX_PIN_DIGITS} digits.`);
        return;
      }
      pending.current = true;
      setBusy(true);
      window.showcase
        .unlockOperator(pin)
        .then((result) => {
          if (result.ok) return onUnlocked(result.pinSet);
          if (result.reason === 'locked')
            setMessage(
              result.lockedUntil !== null
                ? `Too many wrong PINs. Locked until ${clockTime(result.lockedUntil)}.`
                : 'Too many wrong PINs. Locked for now — try again later.',
            );
          else
            setMessage(
              `Wrong PIN. ${result.attemptsLeft} ${result.attemptsLeft === 1 ? 'attempt' : 'attempts'} left before a lockout.`,
            );
        })
        // No error text from main reaches the screen: it is for the log, not for the public.
        .catch(() => setMessage('The PIN could not be checked. See the log.'))
        .finally(() => {
          pending.current = false;
          setBusy(false);
        });
    },
    [onUnlocked],
  );

  return (
    <div className="operator-card operator-card-narrow">
      <PinEntry
        title="Operator PIN"
        message={message}
        busy={busy}
        onSubmit={submit}
        onCancel={onCancel}
        keyHandlerRef={keyHandlerRef}
        testId="pin-pad"
      >
        <p className="operator-hint">No PIN set yet? Any four digits open the panel — then set one.</p>
      </PinEntry>
    </div>
  );
}
