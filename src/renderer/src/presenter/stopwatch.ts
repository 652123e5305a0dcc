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
