import { useCallback, useState } from 'react';
import { MAX_PIN_DIGITS, MIN_PIN_DIGITS } from '../../../shared/pin-rule';
import { say } from './operator-text';
import { PinEntry, type KeyHandlerRef } from './pin-entry';

interface Props {
  keyHandlerRef: KeyHandlerRef;
  /** Done (saved or cancelled), with the message to show in the panel. */
  onDone: (message: string | null) => void;
  /** Main refused: the panel is locked again. */
  onLocked: () => void;
}

/**
 * Set or change the operator PIN: typed twice, then handed to main, which stores only a salted
 * hash in its own file in user data. Neither entry is kept once the step moves on.
 */
export function SetPin({ keyHandlerRef, onDone, onLocked }: Props) {
  const [first, setFirst] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = useCallback(
    (pin: string) => {
      if (pin.length < MIN_PIN_DIGITS) {
        setMessage(say('pinChooseLength', { min: MIN_PIN_DIGITS, max: MAX_PIN_DIGITS }));
        return;
      }
      if (first === null) {
        setFirst(pin);
        setMessage(say('pinTypeAgain'));
        return;
      }
      setFirst(null);
      if (pin !== first) {
        setMessage(say('pinEntriesDiffer'));
        return;
      }
      setBusy(true);
      window.showcase
        .operatorAction({ type: 'setPin', pin })
        .then((result) => (result.ok ? onDone(say('pinSaved')) : setMessage(result.message)), onLocked)
        .finally(() => setBusy(false));
    },
    [first, onDone, onLocked],
  );

  return (
    <PinEntry
      title={first === null ? say('pinNewTitle') : say('pinConfirmTitle')}
      message={message}
      busy={busy}
      onSubmit={submit}
      onCancel={() => onDone(null)}
      keyHandlerRef={keyHandlerRef}
      testId="set-pin"
    />
  );
}
