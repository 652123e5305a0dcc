/**
 * The presenter's elapsed-time stopwatch as plain data and pure functions, so it survives a
 * reload (kept in sessionStorage) and is tested without a browser. Times are `Date.now()`
 * milliseconds: Playwright's `page.clock` drives `Date`, and wall-clock time is what a
 * presenter means by "elapsed" even if the laptop sleeps.
 */
export interface Stopwatch {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started, or null while paused. */
  since: number | null;
}

export const STOPPED: Stopwatch = { banked: 0, since: null };

/** Starts (or keeps running) the stopwatch. */
export function start(w: Stopwatch, now: number): Stopwatch {
  return w.since === null ? { banked: w.banked, since: now } : w;
}

/** Pauses, banking the time of the current run. */
export function pause(w: Stopwatch, now: number): Stopwatch {
  return w.since === null ? w : { banked: elapsed(w, now), since: null };
}

/** Back to zero; a running stopwatch keeps running from now. */
export function reset(w: Stopwatch, now: number): Stopwatch {
  return { banked: 0, since: w.since === null ? null : now };
}

/**
 * The first advance of a talk starts the stopwatch (as PowerPoint's timer starts with the show):
 * only a stopwatch that is stopped at zero — fresh, reset or after End — starts; one the presenter
 * paused part-way stays as it is.
 */
export function startOnAdvance(w: Stopwatch, now: number): Stopwatch {
  return w.since === null && w.banked === 0 ? start(w, now) : w;
}

/** The target-duration countdown: time left (negative once over time) and whether it is over. */
export function targetLeft(targetMs: number, elapsedMs: number): { leftMs: number; over: boolean } {
  const leftMs = targetMs - elapsedMs;
  // Over only once a whole second past: "00:00" is still on time, "+00:01" is over.
  return { leftMs, over: leftMs <= -1000 };
}

/** "12:34" left, or "+01:05" over time; digits follow the locale. */
export function formatLeft(leftMs: number, locale: string): string {
  // Ceil while counting down (a countdown shows 00:01 until it reaches zero), floor once over.
  if (leftMs > -1000) return formatElapsed(Math.ceil(Math.max(0, leftMs) / 1000) * 1000, locale);
  return `+${formatElapsed(-leftMs, locale)}`;
}

/** Milliseconds elapsed at `now` (never negative, even if the clock stepped back). */
export function elapsed(w: Stopwatch, now: number): number {
  return w.banked + (w.since === null ? 0 : Math.max(0, now - w.since));
}

/** "01:05", or "1:02:03" past an hour; digits follow the locale (Intl, not by hand). */
export function formatElapsed(ms: number, locale: string): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(locale, { useGrouping: false });
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${two.format(m)}:${two.format(s)}`;
}

/** Reads a stored stopwatch, or the stopped one if the stored value is missing or malformed. */
export function parseStopwatch(raw: string | null): Stopwatch {
  if (!raw) return STOPPED;
  try {
    const v = JSON.parse(raw) as Partial<Stopwatch>;
    const banked = typeof v.banked === 'number' && Number.isFinite(v.banked) && v.banked >= 0 ? v.banked : 0;
    const since = typeof v.since === 'number' && Number.isFinite(v.since) ? v.since : null;
    return { banked, since };
  } catch {
    return STOPPED;
  }
}
