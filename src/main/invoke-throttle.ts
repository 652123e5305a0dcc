/**
 * Per-window rate limits on the invoke channels a page can call at will. A compromised or
 * stuck renderer must not be able to flood main's log (`view:report`) or the analytics file
 * (`deck:command` → one `touch` line each), nor through refused calls (one log line each). Calls
 * over the limit are dropped; each window's burst of drops is logged once, as one summary line,
 * when the burst's window of time ends.
 */
import type { InvokeChannel } from '../shared/ipc';
import type { Clock } from './clock';
import { createTokenBucket, type BucketLimit, type TokenBucket } from './token-bucket';

export type ThrottledChannel = 'view:report' | 'deck:command';
/** What is counted per window: calls on a throttled channel, or refusal lines written to the log. */
export type ThrottledKind = ThrottledChannel | 'refusal';

/**
 * The limits, chosen from what the views really send:
 * - `view:report`: a view reports only failures (a slide or miniature that failed to render),
 *   so a reload of a broken pack sends a handful at once. 20 at once, then 1 a second, keeps all
 *   of those and bounds an attacker to one ~500-char log line a second (~1.8 MB an hour: the
 *   5 MB main log keeps hours of history under attack, instead of minutes).
 * - `deck:command`: a presenter clicker or a held arrow key repeats at the OS key-repeat rate
 *   (about 30 a second at its fastest on Windows), a swipe or a wheel notch is one command.
 *   30 a second with 60 at once passes all of that; it bounds an attacker to 30 analytics lines
 *   a second instead of as many as the IPC can carry.
 */
export const DEFAULT_LIMITS: Record<ThrottledKind, BucketLimit> = {
  'view:report': { perSecond: 1, burst: 20 },
  'deck:command': { perSecond: 30, burst: 60 },
  // Refused calls (bad arguments, a stranger's frame) are still refused, every one; only the log
  // line about them is limited, so refusals cannot flood the log either.
  refusal: { perSecond: 1, burst: 20 },
};

/** How long a burst of drops is collected before its one summary line is written. */
export const SUMMARY_WINDOW_MS = 10_000;

export interface InvokeThrottle {
  /** True if this call may run; false if it is dropped (and counted for the summary line). */
  allow(channel: InvokeChannel, senderId: number): boolean;
  /** True if a refusal of this window's call may be logged; false if the line is left out (and counted). */
  allowRefusalLog(senderId: number): boolean;
  /** Writes the summaries still pending and stops their timers. */
  dispose(): void;
}

export interface ThrottleOptions {
  clock: Clock;
  /** Where summary lines go (main's log, as a warning). */
  warn: (line: string) => void;
  limits?: Record<ThrottledKind, BucketLimit>;
}

const isThrottled = (channel: InvokeChannel): channel is ThrottledChannel =>
  channel === 'view:report' || channel === 'deck:command';

interface Burst {
  dropped: number;
  since: number;
  timer: unknown;
}

/** Creates the throttle; one per main process, shared by every window. */
export function createInvokeThrottle(options: ThrottleOptions): InvokeThrottle {
  const { clock, warn, limits = DEFAULT_LIMITS } = options;
  const buckets = new Map<string, TokenBucket>();
  const bursts = new Map<string, Burst>();

  const what = (kind: ThrottledKind) => (kind === 'refusal' ? 'refusal log lines' : `${kind} calls`);

  const summarise = (key: string, kind: ThrottledKind, senderId: number) => {
    const burst = bursts.get(key);
    if (!burst) return;
    bursts.delete(key);
    const seconds = Math.max(1, Math.round((clock.now() - burst.since) / 1000));
    warn(`dropped ${burst.dropped} ${what(kind)} from window ${senderId} in the last ${seconds}s (over the limit)`);
  };

  const allow = (kind: ThrottledKind, senderId: number): boolean => {
    const key = `${kind} ${senderId}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = createTokenBucket(limits[kind], clock.now)));
    if (bucket.take()) return true;
    const burst = bursts.get(key);
    if (burst) burst.dropped++;
    else
      bursts.set(key, {
        dropped: 1,
        since: clock.now(),
        timer: clock.setTimeout(() => summarise(key, kind, senderId), SUMMARY_WINDOW_MS),
      });
    return false;
  };

  return {
    allow: (channel, senderId) => !isThrottled(channel) || allow(channel, senderId),
    allowRefusalLog: (senderId) => allow('refusal', senderId),
    dispose() {
      for (const [key, burst] of [...bursts]) {
        clock.clearTimeout(burst.timer);
        const [kind, senderId] = key.split(' ') as [ThrottledKind, string];
        summarise(key, kind, Number(senderId));
      }
    },
  };
}
