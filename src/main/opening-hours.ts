/**
 * Opening hours in local wall-clock time. A window opens on each listed weekday at `open` and
 * closes at `close`; a `close` at or before `open` is on the next day (18:00–02:00 belongs to the
 * day it opened), and `open` equal to `close` means the full 24 hours. Windows are half-open:
 * open at `open`, closed at `close`.
 *
 * Dates are built with `new Date(y, m, d, h, min)` so daylight-saving shifts are the runtime's
 * business; a time that does not exist on a spring-forward night moves to the next valid instant.
 */
import type { z } from 'zod';
import type { OpeningHours } from '../shared/settings.schema';

/** Only the schedule; `whenClosed` is the caller's business. */
export type Hours = Pick<z.infer<typeof OpeningHours>, 'days' | 'open' | 'close'>;

const DAY_MS = 24 * 60 * 60_000;
/** How many days around `at` to scan: one week plus the overnight spill from the day before. */
const SCAN_DAYS = 8;

function parseTime(hhmm: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`expected HH:MM, got "${hhmm}"`);
  return [Number(m[1]), Number(m[2])];
}

/** Local midnight of the day `offset` days after the day of `at`. */
function dayStart(at: Date, offset: number): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + offset);
}

/** The opening window that starts on `day` (a local midnight), or null if that weekday is closed. */
function windowOn(hours: Hours, day: Date): { start: Date; end: Date } | null {
  if (!hours.days.includes(day.getDay())) return null;
  const [oh, om] = parseTime(hours.open);
  const [ch, cm] = parseTime(hours.close);
  const closesNextDay = ch * 60 + cm <= oh * 60 + om;
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), oh, om);
  const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + (closesNextDay ? 1 : 0), ch, cm);
  return { start, end };
}

/** True when the installation should be showing the deck at `at`. No schedule (null) means always open. */
export function isOpen(hours: Hours | null, at: Date): boolean {
  if (hours === null) return true;
  const t = at.getTime();
  for (const offset of [-1, 0]) {
    const w = windowOn(hours, dayStart(at, offset));
    if (w && w.start.getTime() <= t && t < w.end.getTime()) return true;
  }
  return false;
}

/**
 * The next instant after `at` when {@link isOpen} changes, i.e. when to check again; null when it
 * never changes (no schedule, or open around the clock). The caller should also re-check after a
 * system clock change or resume from sleep, since a timer set for this instant would drift.
 */
export function nextChange(hours: Hours | null, at: Date): Date | null {
  if (hours === null) return null;
  const now = isOpen(hours, at);
  const t = at.getTime();
  const boundaries: number[] = [];
  for (let offset = -1; offset <= SCAN_DAYS; offset++) {
    const w = windowOn(hours, dayStart(at, offset));
    if (!w) continue;
    for (const b of [w.start.getTime(), w.end.getTime()]) if (b > t) boundaries.push(b);
  }
  boundaries.sort((a, b) => a - b);
  // Back-to-back windows (e.g. 00:00–00:00 daily) share a boundary where nothing changes.
  const change = boundaries.find((b) => isOpen(hours, new Date(b)) !== now);
  return change === undefined ? null : new Date(change);
}

/**
 * Milliseconds from `at` until the next local `HH:MM` strictly after it — so an app relaunched at
 * 03:00 waits for tomorrow's 03:00 instead of relaunching again.
 */
export function msUntilNightlyRelaunch(time: string, at: Date): number {
  const [h, m] = parseTime(time);
  for (let offset = 0; offset <= 2; offset++) {
    const target = new Date(at.getFullYear(), at.getMonth(), at.getDate() + offset, h, m);
    if (target.getTime() > at.getTime()) return target.getTime() - at.getTime();
  }
  return DAY_MS; // unreachable: some day within two has the time after `at`
}
