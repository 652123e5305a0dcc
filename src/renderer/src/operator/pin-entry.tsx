import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { isPinDigit, MAX_PIN_DIGITS, MIN_PIN_DIGITS } from '../../../shared/pin-rule';
import { say } from './operator-text';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Where the overlay sends key presses while a PIN entry is on screen. */
export type KeyHandlerRef = React.RefObject<((e: KeyboardEvent) => void) | null>;

interface Props {
  title: string;
  message: string | null;
  busy: boolean;
  /** A lockout in force: its own look, every key disabled, this text where the digits go. */
  lockedText?: string | null;
  /** Gets the digits and forgets them: the entry is cleared before this is called. */
  onSubmit: (pin: string) => void;
  onCancel: () => void;
  keyHandlerRef: KeyHandlerRef;
  testId: string;
  children?: React.ReactNode;
}

/**
 * A masked PIN entry: large digit keys for touch, digits/Backspace/Enter on a keyboard. The
 * digits live only in this component's state — the DOM shows dots — and are dropped the moment
 * they are submitted.
 */
export function PinEntry({
  title,
  message,
  busy,
  lockedText = null,
  onSubmit,
  onCancel,
  keyHandlerRef,
  testId,
  children,
}: Props) {
  const [digits, setShown] = useState('');
  // The typed digits, read by the key handler: a fast typist's Enter can arrive before React has
  // re-rendered for the last digit, and a closure over `digits` would then submit a stale PIN.
  const typed = useRef('');
  const setDigits = useCallback((next: string) => {
    typed.current = next;
    setShown(next);
  }, []);
  const locked = lockedText !== null;
  const disabled = busy || locked;

  const press = useCallback(
    (key: string) => {
      if (disabled) return;
      const current = typed.current;
      if (key === 'back') setDigits(current.slice(0, -1));
      else if (key === 'enter') {
        setDigits('');
        onSubmit(current);
      } else if (current.length < MAX_PIN_DIGITS) setDigits(current + key);
    },
    [disabled, onSubmit, setDigits],
  );

  // A layout effect: the handler is in place before the pad is painted, so no key is lost
  // between the pad appearing and a passive effect running.
  useLayoutEffect(() => {
    keyHandlerRef.current = (e: KeyboardEvent) => {
      if (isPinDigit(e.key)) press(e.key);
      else if (e.key === 'Backspace' || e.key === 'Delete') press('back');
      else if (e.key === 'Enter') press('enter');
      else if (e.key === 'Escape') onCancel();
      else return;
      e.preventDefault();
    };
    return () => {
      keyHandlerRef.current = null;
    };
  }, [keyHandlerRef, press, onCancel]);

  return (
    <div className={locked ? 'pin-pad pin-pad-locked' : 'pin-pad'} data-testid={testId} data-locked={locked}>
      <h2 id="operator-title">{title}</h2>
      <div
        className="pin-display"
        data-testid="pin-display"
        role="img"
        aria-label={locked ? lockedText : say('pinDigitsEntered', { count: digits.length })}
      >
        {locked ? (
          <span className="pin-lockout" data-testid="pin-lockout">
            {lockedText}
          </span>
        ) : digits.length === 0 ? (
          <span className="pin-placeholder">{say('pinLengthHint', { min: MIN_PIN_DIGITS, max: MAX_PIN_DIGITS })}</span>
        ) : (
          '•'.repeat(digits.length)
        )}
      </div>
      <p className="operator-note" role="alert" data-testid="pin-message">
        {message ?? ''}
      </p>
      <div className="pin-keys">
        {KEYS.map((k) => (
          <button key={k} type="button" className="pin-key" onClick={() => press(k)} disabled={disabled}>
            {k}
          </button>
        ))}
        <button
          type="button"
          className="pin-key pin-key-small"
          aria-label={say('pinDeleteDigit')}
          onClick={() => press('back')}
          disabled={locked}
        >
          ⌫
        </button>
        <button type="button" className="pin-key" onClick={() => press('0')} disabled={disabled}>
          0
        </button>
        <button
          type="button"
          className="pin-key pin-key-ok"
          data-testid="pin-submit"
          onClick={() => press('enter')}
          disabled={disabled}
        >
          {say('pinOk')}
        </button>
      </div>
      {children}
      <button type="button" className="operator-button pin-cancel" data-testid="pin-cancel" onClick={onCancel}>
        {say('cancel')}
      </button>
    </div>
  );
}
