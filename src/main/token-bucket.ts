/**
 * A token bucket on an injected clock. Hand-written (a dozen lines) because the kept packages
 * (`limiter`, `rate-limiter-flexible`) read `Date.now()` themselves, and main's time is injected
 * so tests drive it without sleeps.
 */

/** Sustained rate and how many calls may arrive at once after a quiet spell. */
export interface BucketLimit {
  perSecond: number;
  burst: number;
}

export interface TokenBucket {
  /** Takes one token if there is one; false means the call is over the limit. */
  take(): boolean;
}

/** A bucket that starts full (`burst` tokens) and refills at `perSecond`, never above `burst`. */
export function createTokenBucket(limit: BucketLimit, now: () => number): TokenBucket {
  let tokens = limit.burst;
  let at = now();
  return {
    take() {
      const t = now();
      // max(0, …): a clock set backwards must not drain the bucket.
      tokens = Math.min(limit.burst, tokens + (Math.max(0, t - at) / 1000) * limit.perSecond);
      at = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
