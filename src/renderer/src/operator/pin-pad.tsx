import { useCallback, useEffect, useRef, useState } from 'react';
import type { UnlockResult } from '../../../shared/ipc';
import { MAX_PIN_DIGITS, MIN_PIN_DIGITS } from '../../../shared/pin-rule';
import { PinEntry, type KeyHandlerRef } from './pin-entry';

interface Props {
  /** Called once main has accepted the PIN (pinSet false: a rehearsal without a PIN, never a kiosk). */
  onUnlocked: (pinSet: boolean) => void;
  onCancel: () => void;
  /** Why the pad is shown again (e.g. the panel locked itself), if any. */
  notice: string | null;
  keyHandlerRef: KeyHandlerRef;
}

/** "Try again in 2 min": whole minutes, rounded up, so it never says 0 while still locked. */
export function retryText(remainingMs: number): string {
  return `Locked. Try again in ${Math.max(1, Math.ceil(remainingMs / 60_000))} min.`;
}

/** What the pad says for a refusal. Nothing here helps a guesser: no hint about unset or default PINs. */
function refusalText(result: Extract<UnlockResult, { ok: false }>): string {
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
        setMessage(`The PIN has ${MIN_PIN_DIGITS} to ${MAX_PIN_DIGITS} digits.`);
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
        lockedText={lockedUntil !== null ? retryText(lockedUntil - now) : null}
        onSubmit={submit}
        onCancel={onCancel}
        keyHandlerRef={keyHandlerRef}
        testId="pin-pad"
      />
    </div>
  );
}
