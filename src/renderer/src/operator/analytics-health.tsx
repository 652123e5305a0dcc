import type { OperatorStatus } from '../../../shared/ipc';
import { formatMessage } from '../../../shared/messages/format-message';
import { OPERATOR_LOCALE, OPERATOR_MESSAGES as M } from '../../../shared/messages/operator-messages';

const say = (message: string, values: Record<string, string | number> = {}) =>
  formatMessage(message, OPERATOR_LOCALE, values);

type Health = NonNullable<OperatorStatus['analyticsHealth']>;

/** The analytics health in plain words for staff; `alert` when visits are not being recorded. */
export function describeAnalyticsHealth(health: Health): { alert: boolean; lines: string[] } {
  const lines: string[] = [];
  if (health.writing) {
    lines.push(say(M.analyticsRecording));
  } else {
    const time =
      health.retryAt === null
        ? null
        : new Date(health.retryAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    const stopped = say(M.analyticsStopped, { reason: health.stoppedReason ?? 'writing failed' });
    lines.push(time === null ? stopped : `${stopped} ${say(M.analyticsRetryAt, { time })}`);
  }
  if (health.heldInMemory > 0) lines.push(say(M.analyticsHeld, { count: health.heldInMemory }));
  if (health.lostInMemory > 0) lines.push(say(M.analyticsLost, { count: health.lostInMemory }));
  if (health.rotationBlocked) lines.push(say(M.analyticsRotationBlocked, { reason: health.rotationBlocked }));
  return { alert: !health.writing || health.lostInMemory > 0, lines };
}

/** The analytics health lines for the operator panel; nothing when analytics are off. */
export function AnalyticsHealth({ health }: { health: Health | undefined }) {
  if (!health) return null;
  const { alert, lines } = describeAnalyticsHealth(health);
  return (
    <div
      className={alert ? 'operator-warning' : undefined}
      role={alert ? 'alert' : 'status'}
      data-testid="analytics-health"
      data-writing={health.writing}
    >
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {health.lastError && (
        <p data-testid="analytics-last-error">{say(M.analyticsLastError, { error: health.lastError })}</p>
      )}
    </div>
  );
}
