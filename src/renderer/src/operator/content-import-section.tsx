import type { OperatorAction, OperatorStatus } from '../../../shared/ipc';
import { say } from './operator-text';

interface Props {
  status: OperatorStatus | null;
  busy: boolean;
  act: (action: OperatorAction) => void;
  refresh: () => void;
}

/**
 * Import a content pack from a USB stick (or, in window mode, any folder through the system's
 * picker) and Roll back to the pack the last import replaced. Main validates the pack completely
 * before anything changes; the outcome shows in the panel's message line and here.
 */
export function ContentImportSection({ status, busy, act, refresh }: Props) {
  const info = status?.contentImport;
  if (!info) return null;
  return (
    <section aria-labelledby="op-import" data-testid="content-import">
      <h3 id="op-import">{say('importHeading')}</h3>
      {info.drivePacks.length === 0 ? (
        <p data-testid="import-none">{say('importNoDrive')}</p>
      ) : (
        <ul className="operator-import-packs" data-testid="import-packs">
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
      {info.lastResult && <p data-testid="import-last">{say('importLast', { result: info.lastResult })}</p>}
    </section>
  );
}
