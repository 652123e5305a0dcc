import { useState } from 'react';
import type { OperatorAction, OperatorStatus } from '../../../shared/ipc';
import { version } from '../../../../package.json';
import { AnalyticsHealth } from './analytics-health';
import { say, uptimeText } from './operator-text';

interface Props {
  status: OperatorStatus | null;
  pinSet: boolean;
  busy: boolean;
  act: (action: OperatorAction) => void;
  refresh: () => void;
  onSetPin: () => void;
}

/**
 * This machine: version and device name (to tell kiosks apart on the phone), uptime, restarts,
 * the last error, the log, analytics health; then the PIN and Exit (asked twice).
 */
export function KioskSection({ status, pinSet, busy, act, refresh, onSetPin }: Props) {
  const [confirmExit, setConfirmExit] = useState(false);
  return (
    <section aria-labelledby="op-health" data-testid="health">
      <h3 id="op-health">{say('healthHeading')}</h3>
      <dl className="operator-facts">
        <dt>{say('healthVersion')}</dt>
        <dd data-testid="health-version">{version}</dd>
        <dt>{say('healthDevice')}</dt>
        <dd data-testid="health-device">{status?.deviceName ?? ''}</dd>
        {status && (
          <>
            <dt>{say('healthUptime')}</dt>
            <dd data-testid="health-uptime">{uptimeText(status.uptimeSeconds)}</dd>
            <dt>{say('healthRestarts')}</dt>
            <dd data-testid="health-restarts">{say('healthRestartCount', { count: status.restarts })}</dd>
            <dt>{say('healthLastError')}</dt>
            <dd data-testid="health-last-error">{status.lastError ?? say('healthNoError')}</dd>
            <dt>{say('healthLogFile')}</dt>
            <dd data-testid="health-log">
              {status.logPath ? <bdi>{status.logPath}</bdi> : say('healthLogNotWritten')}
            </dd>
          </>
        )}
      </dl>
      <AnalyticsHealth health={status?.analyticsHealth} />
      <div className="operator-row">
        <button type="button" className="operator-button" onClick={refresh}>
          {say('refresh')}
        </button>
        <button type="button" className="operator-button" data-testid="operator-set-pin" onClick={onSetPin}>
          {pinSet ? say('changePin') : say('setPin')}
        </button>
        {!confirmExit && (
          <button
            type="button"
            className="operator-button operator-danger"
            data-testid="operator-exit"
            onClick={() => setConfirmExit(true)}
          >
            {say('exitShowcase')}
          </button>
        )}
      </div>
      {confirmExit && (
        <div
          className="operator-confirm"
          role="alertdialog"
          aria-label={say('exitConfirmLabel')}
          data-testid="exit-confirm"
        >
          <p>{say('exitConfirmQuestion')}</p>
          <div className="operator-row">
            <button
              type="button"
              className="operator-button operator-danger"
              data-testid="exit-confirm-yes"
              disabled={busy}
              onClick={() => act({ type: 'exit' })}
            >
              {say('exitYes')}
            </button>
            <button type="button" className="operator-button" onClick={() => setConfirmExit(false)}>
              {say('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
