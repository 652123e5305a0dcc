/**
 * Open-now / close-now by hand. An override lasts until the next scheduled change (so "Close now"
 * at 15:00 on a day that closes at 17:00 ends at 17:00, and the normal hours apply again), or,
 * with no opening hours set, until the operator undoes it. Pure: main's schedule re-checks call it.
 */
import type { HoursStatus } from '../shared/ipc';
import { isOpen, nextChange, type Hours } from './opening-hours';

export type HoursOverride = NonNullable<HoursStatus['override']>;

/**
 * The override for an operator's choice at `now`: null when it asks for what the hours already
 * say (nothing to override; no hours say "always open") or for "follow the hours" (`open` null).
 */
export function chooseOverride(hours: Hours | null, open: boolean | null, now: number): HoursOverride | null {
  if (open === null) return null;
  if ((hours ? isOpen(hours, new Date(now)) : true) === open) return null;
  return { open, until: hours ? (nextChange(hours, new Date(now))?.getTime() ?? null) : null };
}

/** Open or closed at `now`, the override still in force (null once its time has come), the next change. */
export function hoursAt(
  hours: Hours | null,
  override: HoursOverride | null,
  now: number,
): { open: boolean; override: HoursOverride | null; nextChange: number | null; reopensAt: number | null } {
  const at = new Date(now);
  const live = override && (override.until === null || now < override.until) ? override : null;
  const scheduled = hours ? isOpen(hours, at) : true;
  const open = live ? live.open : scheduled;
  const next = hours ? (nextChange(hours, at)?.getTime() ?? null) : null;
  // When does a closed screen open again: at the next scheduled change if the hours then open it;
  // closed by hand during opening hours, the hours close anyway at `next`, and open at the one after.
  let reopensAt: number | null = null;
  if (!open && hours && next !== null)
    reopensAt = scheduled ? (nextChange(hours, new Date(next))?.getTime() ?? null) : next;
  return { open, override: live, nextChange: next, reopensAt };
}
