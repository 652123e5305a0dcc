import type { OperatorAction, OperatorStatus } from '../../../shared/ipc';
import { ActionResult, type Outcome } from './action-results';
import { HandoutButtons } from './handout-section';
import { say } from './operator-text';

interface Props {
  status: OperatorStatus | null;
  locale: string;
  busy: boolean;
  act: (slot: 'export', action: OperatorAction) => void;
  result: Outcome | undefined;
}

/**
 * The visits CSV to this PC, to a USB drive main lists now, or (window mode) to a picked folder;
 * and the PDF handout. The answer shows right under these buttons.
 */
export function ExportsSection({ status, locale, busy, act, result }: Props) {
  const drives = status?.exportTargets?.drives ?? [];
  const analyticsOn = status?.analyticsDir != null;
  return (
    <section aria-labelledby="op-export" data-testid="exports">
      <h3 id="op-export">{say('exportsHeading')}</h3>
      <div className="operator-row" data-testid="export-targets">
        {analyticsOn && (
          <button
            type="button"
            className="operator-button"
            data-testid="operator-export"
            disabled={busy}
            onClick={() => act('export', { type: 'exportAnalytics' })}
          >
            {say('exportAnalytics')}
          </button>
        )}
        {analyticsOn &&
          drives.map((drive) => (
            <button
              key={drive}
              type="button"
              className="operator-button"
              data-testid="export-drive"
              disabled={busy}
              onClick={() => act('export', { type: 'exportAnalytics', drive })}
            >
              {say('exportToDrive', { drive })}
            </button>
          ))}
        {analyticsOn && status?.exportTargets?.canPickFolder && (
          <button
            type="button"
            className="operator-button"
            data-testid="export-pick"
            disabled={busy}
            onClick={() => act('export', { type: 'exportAnalytics', picker: true })}
          >
            {say('exportChooseFolder')}
          </button>
        )}
        <HandoutButtons locale={locale} busy={busy} act={(a) => act('export', a)} />
      </div>
      <ActionResult outcome={result} slot="export" />
      {status && !analyticsOn && <p className="operator-hint">{say('analyticsOff')}</p>}
      {analyticsOn && drives.length === 0 && <p className="operator-hint">{say('exportNoDrive')}</p>}
    </section>
  );
}
