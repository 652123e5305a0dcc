import type { OperatorAction } from '../../../shared/ipc';
import { say } from './operator-text';

/**
 * A PDF handout of the deck in the language on screen: one A4-landscape page per slide, with or
 * without the presenter notes. Main prints it (printToPDF) into user data's exports folder; the
 * answer shows beside these buttons (the export row's result).
 */
export function HandoutButtons({
  locale,
  busy,
  act,
}: {
  locale: string;
  busy: boolean;
  act: (a: OperatorAction) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="operator-button"
        data-testid="handout-pdf"
        disabled={busy}
        onClick={() => act({ type: 'exportHandout', locale, notes: false })}
      >
        {say('handoutPdf')}
      </button>
      <button
        type="button"
        className="operator-button"
        data-testid="handout-pdf-notes"
        disabled={busy}
        onClick={() => act({ type: 'exportHandout', locale, notes: true })}
      >
        {say('handoutPdfNotes')}
      </button>
    </>
  );
}
