import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_PIN_DIGITS, MIN_PIN_DIGITS } from '../../../shared/pin-rule';
import { say } from './operator-text';
import { PinEntry, type KeyHandlerRef } from './pin-entry';
import { refusalText, retryText } from './pin-messages';

interface Props {
  /** Called once main has accepted the PIN (pinSet false: a rehearsal without a PIN, never a kiosk). */
  onUnlocked: (pinSet: boolean) => void;
  onCancel: () => void;
  /** Why the pad is shown again (e.g. the panel locked itself), if any. */
  notice: string | null;
  keyHandlerRef: KeyHandlerRef;
}

/**
 * The PIN prompt in front of the operator panel. Main alone checks the PIN and counts guesses;
 * this shows what it answered. A lockout has its own look with every key disabled, counted down
 * on the page's clock from main's `retryInMs` (main's clock and the page's may disagree).
 */
export function PinPad({ onUnlocked, onCancel, notice, keyHandlerRef }: Props) {
  const [message, setMessage] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const pending = useRef(false);

  // While locked: re-render every second for the countdown, and open the keys when it ends.
  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= lockedUntil) {
        setLockedUntil(null);
        setMessage(null);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const submit = useCallback(
    (pin: string) => {
      if (pending.current) return;
      // Too short to be any PIN: not sent, so it costs no attempt.
      if (pin.length < MIN_PIN_DIGITS) {
        setMessage(say('pinTooShort', { min: MIN_PIN_DIGITS, max: MAX_PIN_DIGITS }));
        return;
      }
      pending.current = true;
      setBusy(true);
      window.showcase
        .unlockOperator(pin)
        .then((result) => {
          if (result.ok) return onUnlocked(result.pinSet);
          setMessage(refusalText(result));
          if (result.reason === 'locked' && result.retryInMs !== null) {
            const t = Date.now();
            setNow(t);
            setLockedUntil(t + result.retryInMs);
          }
        })
        // No error text from main reaches the screen: it is for the log, not for the public.
        .catch(() => setMessage(say('pinCheckFailed')))
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
        title={say('pinTitle')}
        message={message}
        busy={busy}
        lockedText={lockedUntil !== null ? retryText(lockedUntil - now) : null}
        onSubmit={submit}
        onCancel={onCancel}
        keyHandlerRef={keyHandlerRef}
        testId="pin-pad"
      />
    </div>
  );
}
