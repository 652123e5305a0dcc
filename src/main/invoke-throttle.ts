/**
 * Per-window rate limits on the invoke channels a page can call at will. A compromised or
 * stuck renderer must not be able to flood main's log (`view:report`) or the analytics file
 * (`deck:command` → one `touch` line each). Calls over the limit are dropped; each window's
 * burst of drops is logged once, as one summary line, when the burst's window of time ends.
 */
import type { InvokeChannel } from '../shared/ipc';
import type { Clock } from './clock';
import { createTokenBucket, type BucketLimit, type TokenBucket } from './token-bucket';

export type ThrottledChannel = 'view:report' | 'deck:command';

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
export const DEFAULT_LIMITS: Record<ThrottledChannel, BucketLimit> = {
  'view:report': { perSecond: 1, burst: 20 },
  'deck:command': { perSecond: 30, burst: 60 },
};

/** How long a burst of drops is collected before its one summary line is written. */
export const SUMMARY_WINDOW_MS = 10_000;

export interface InvokeThrottle {
  /** True if this call may run; false if it is dropped (and counted for the summary line). */
  allow(channel: InvokeChannel, senderId: number): boolean;
  /** Writes the summaries still pending and stops their timers. */
  dispose(): void;
}

export interface ThrottleOptions {
  clock: Clock;
  /** Where summary lines go (main's log, as a warning). */
  warn: (line: string) => void;
  limits?: Record<ThrottledChannel, BucketLimit>;
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

  const summarise = (key: string, channel: ThrottledChannel, senderId: number) => {
    const burst = bursts.get(key);
    if (!burst) return;
    bursts.delete(key);
    const seconds = Math.max(1, Math.round((clock.now() - burst.since) / 1000));
    warn(`dropped ${burst.dropped} ${channel} calls from window ${senderId} in the last ${seconds}s (over the limit)`);
  };

  return {
    allow(channel, senderId) {
      if (!isThrottled(channel)) return true;
      const key = `${channel} ${senderId}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = createTokenBucket(limits[channel], clock.now)));
      if (bucket.take()) return true;
      const burst = bursts.get(key);
      if (burst) burst.dropped++;
      else
        bursts.set(key, {
          dropped: 1,
          since: clock.now(),
          timer: clock.setTimeout(() => summarise(key, channel, senderId), SUMMARY_WINDOW_MS),
        });
      return false;
    },
    dispose() {
      for (const [key, burst] of [...bursts]) {
        clock.clearTimeout(burst.timer);
        const [channel, senderId] = key.split(' ') as [ThrottledChannel, string];
        summarise(key, channel, Number(senderId));
      }
    },
  };
}
