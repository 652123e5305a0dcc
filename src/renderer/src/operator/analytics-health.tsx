import type { OperatorStatus } from '../../../shared/ipc';

type Health = NonNullable<OperatorStatus['analyticsHealth']>;

/** The analytics health in plain words for staff; `alert` when visits are not being recorded. */
export function describeAnalyticsHealth(health: Health): { alert: boolean; lines: string[] } {
  const count = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
  const lines: string[] = [];
  if (health.writing) {
    lines.push('Recording normally.');
  } else {
    const retry =
      health.retryAt === null
        ? ''
        : ` It tries again at ${new Date(health.retryAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}.`;
    lines.push(`Not recording: ${health.stoppedReason ?? 'writing failed'}.${retry}`);
  }
  if (health.heldInMemory > 0)
    lines.push(
      `${count(health.heldInMemory, 'event')} waiting in memory; they are written once the disk works again (lost if the app stops before).`,
    );
  if (health.lostInMemory > 0)
    lines.push(`${count(health.lostInMemory, 'event')} lost: memory for waiting events was full.`);
  if (health.rotationBlocked)
    lines.push(
      `The files could not be rotated (${health.rotationBlocked}); nothing is lost and it tries again in a few minutes. Close any analytics file open in another program.`,
    );
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
      {health.lastError && <p data-testid="analytics-last-error">Last error: {health.lastError}</p>}
    </div>
  );
}
