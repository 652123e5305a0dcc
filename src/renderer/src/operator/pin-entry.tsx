import { useCallback, useEffect, useState } from 'react';

/** Main takes PINs of 4–12 digits. */
export const MIN_PIN_DIGITS = 4;
export const MAX_PIN_DIGITS = 12;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Where the overlay sends key presses while a PIN entry is on screen. */
export type KeyHandlerRef = React.RefObject<((e: KeyboardEvent) => void) | null>;

interface Props {
  title: string;
  message: string | null;
  busy: boolean;
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
export function PinEntry({ title, message, busy, onSubmit, onCancel, keyHandlerRef, testId, children }: Props) {
  const [digits, setDigits] = useState('');

  const press = useCallback(
    (key: string) => {
      if (busy) return;
      if (key === 'back') setDigits((d) => d.slice(0, -1));
      else if (key === 'enter') {
        setDigits('');
        onSubmit(digits);
      } else setDigits((d) => (d.length < MAX_PIN_DIGITS ? d + key : d));
    },
    [busy, digits, onSubmit],
  );

  useEffect(() => {
    keyHandlerRef.current = (e: KeyboardEvent) => {
      if (/^[0-9]$/.test(e.key)) press(e.key);
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
    <div className="pin-pad" data-testid={testId}>
      <h2 id="operator-title">{title}</h2>
      <div
        className="pin-display"
        data-testid="pin-display"
        role="img"
        aria-label={`${digits.length} ${digits.length === 1 ? 'digit' : 'digits'} entered`}
      >
        {digits.length === 0 ? (
          <span className="pin-placeholder">
            {MIN_PIN_DIGITS}–{MAX_PIN_DIGITS} digits
          </span>
        ) : (
          '•'.repeat(digits.length)
        )}
      </div>
      <p className="operator-note" role="alert" data-testid="pin-message">
        {message ?? ''}
      </p>
      <div className="pin-keys">
        {KEYS.map((k) => (
          <button key={k} type="button" className="pin-key" onClick={() => press(k)} disabled={busy}>
            {k}
          </button>
        ))}
        <button type="button" className="pin-key pin-key-small" aria-label="Delete digit" onClick={() => press('back')}>
          ⌫
        </button>
        <button type="button" className="pin-key" onClick={() => press('0')} disabled={busy}>
          0
        </button>
        <button
          type="button"
          className="pin-key pin-key-ok"
          data-testid="pin-submit"
          onClick={() => press('enter')}
          disabled={busy}
        >
          OK
        </button>
      </div>
      {children}
      <button type="button" className="operator-button pin-cancel" data-testid="pin-cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
