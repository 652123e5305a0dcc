import type { OperatorStatus } from '../../../shared/ipc';
import { clockLocale, say } from './operator-text';

type Health = NonNullable<OperatorStatus['analyticsHealth']>;

/** The analytics health in plain words for staff; `alert` when visits are not being recorded. */
export function describeAnalyticsHealth(health: Health): { alert: boolean; lines: string[] } {
  const lines: string[] = [];
  if (health.writing) {
    lines.push(say('analyticsRecording'));
  } else {
    const time =
      health.retryAt === null
        ? null
        : new Date(health.retryAt).toLocaleTimeString(clockLocale(), { hour: '2-digit', minute: '2-digit' });
    const stopped = say('analyticsStopped', { reason: health.stoppedReason ?? 'writing failed' });
    lines.push(time === null ? stopped : `${stopped} ${say('analyticsRetryAt', { time })}`);
  }
  if (health.heldInMemory > 0) lines.push(say('analyticsHeld', { count: health.heldInMemory }));
  if (health.lostInMemory > 0) lines.push(say('analyticsLost', { count: health.lostInMemory }));
  if (health.rotationBlocked) lines.push(say('analyticsRotationBlocked', { reason: health.rotationBlocked }));
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
        <p data-testid="analytics-last-error">{say('analyticsLastError', { error: health.lastError })}</p>
      )}
    </div>
  );
}
