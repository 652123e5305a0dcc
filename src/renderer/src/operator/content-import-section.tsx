import type { ReactNode } from 'react';
import type { OperatorAction, OperatorStatus } from '../../../shared/ipc';
import { ActionResult, sayOrPlain, type Outcome } from './action-results';
import { say } from './operator-text';

interface Props {
  status: OperatorStatus | null;
  busy: boolean;
  act: (action: OperatorAction) => void;
  refresh: () => void;
  /** The last import's or roll back's outcome, shown beside these buttons. */
  result: Outcome | undefined;
  /** Buttons that lead the row (the panel's Reload). */
  children?: ReactNode;
}

/**
 * Import a content pack from a USB stick (or, in window mode, any folder through the system's
 * picker) and Roll back to the pack the last import replaced. Main validates the pack completely
 * before anything changes; the outcome shows right under these buttons.
 */
export function ContentImportSection({ status, busy, act, refresh, result, children }: Props) {
  const info = status?.contentImport;
  if (!info) return <div className="operator-row">{children}</div>;
  return (
    <div className="operator-import" aria-label={say('importHeading')} role="group" data-testid="content-import">
      {info.drivePacks.length === 0 ? (
        <p className="operator-hint" data-testid="import-none">
          {say('importNoDrive')}
        </p>
      ) : (
        <ul className="operator-import-packs operator-row" data-testid="import-packs">
          {info.drivePacks.map((pack) => (
            <li key={pack.dir}>
              <button
                type="button"
                className="operator-button"
                disabled={busy}
                onClick={() => act({ type: 'importContent', dir: pack.dir })}
              >
                {say('importPack', { dir: pack.dir })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="operator-row">
        {children}
        <button type="button" className="operator-button" disabled={busy} onClick={refresh}>
          {say('importRefreshDrives')}
        </button>
        {info.canPickFolder && (
          <button
            type="button"
            className="operator-button"
            data-testid="import-pick"
            disabled={busy}
            onClick={() => act({ type: 'importContentFromPicker' })}
          >
            {say('importChooseFolder')}
          </button>
        )}
        <button
          type="button"
          className="operator-button"
          data-testid="import-rollback"
          disabled={busy || !info.previousPack}
          onClick={() => act({ type: 'rollbackContent' })}
        >
          {say('importRollback')}
        </button>
      </div>
      <ActionResult outcome={result} slot="import" />
      {info.lastResult && !result && (
        <p data-testid="import-last">
          {say('importLast', { result: sayOrPlain(info.lastResult, info.lastResultSay) })}
        </p>
      )}
    </div>
  );
}
