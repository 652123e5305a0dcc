import type { OperatorAction, OperatorStatus } from '../../../shared/ipc';

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
      <h3 id="op-import">Import content</h3>
      {info.drivePacks.length === 0 ? (
        <p data-testid="import-none">No content pack found on a USB drive. Plug one in, then Refresh.</p>
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
                Import {pack.dir}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="operator-row">
        <button type="button" className="operator-button" disabled={busy} onClick={refresh}>
          Refresh the drive list
        </button>
        {info.canPickFolder && (
          <button
            type="button"
            className="operator-button"
            data-testid="import-pick"
            disabled={busy}
            onClick={() => act({ type: 'importContentFromPicker' })}
          >
            Choose a folder…
          </button>
        )}
        <button
          type="button"
          className="operator-button"
          data-testid="import-rollback"
          disabled={busy || !info.previousPack}
          onClick={() => act({ type: 'rollbackContent' })}
        >
          Roll back to the previous pack
        </button>
      </div>
      {info.lastResult && <p data-testid="import-last">Last import: {info.lastResult}</p>}
    </section>
  );
}
