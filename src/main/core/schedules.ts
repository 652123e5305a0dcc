/**
 * Time-driven behaviour: opening hours (the deck closes outside them and the closed screen learns
 * when it opens again) and the nightly relaunch.
 */
import type { DeckSnapshot } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { Clock } from '../clock';
import type { DeckController } from '../deck-controller';
import { isOpen, msUntilNightlyRelaunch, nextChange } from '../opening-hours';
import type { Logger } from './logger';

export type ReopensAt = NonNullable<DeckSnapshot['reopensAt']>;

export interface SchedulesDeps {
  settings: Pick<Settings, 'openingHours' | 'nightlyRelaunch'>;
  clock: Clock;
  log: Pick<Logger, 'info'>;
  controller: Pick<DeckController, 'dispatch'>;
  /** The reopening time changed: the closed screen reads it from the snapshot. */
  onReopensChange: () => void;
  relaunch: () => void;
}

export interface Schedules {
  /** When closed by opening hours: the instant it opens again, for the closed screen. */
  reopensAt(): ReopensAt | null;
  dispose(): void;
}

export function setupSchedules(deps: SchedulesDeps): Schedules {
  const { settings, clock } = deps;
  let reopensAt: ReopensAt | null = null;

  // Opening hours: closed outside them, re-checked at each change.
  let hoursTimer: unknown = null;
  const checkHours = () => {
    if (!settings.openingHours) return;
    const at = new Date(clock.now());
    const open = isOpen(settings.openingHours, at);
    const next = nextChange(settings.openingHours, at);
    const reopens = open || !next ? null : { at: next.getTime(), daysAway: calendarDaysBetween(at, next) };
    const reopensChanged = reopens?.at !== reopensAt?.at || reopens?.daysAway !== reopensAt?.daysAway;
    reopensAt = reopens;
    deps.controller.dispatch({ type: 'setOpen', open });
    // The closed screen reads the reopening time from the snapshot: send it again when it changes.
    if (reopensChanged) deps.onReopensChange();
    // Re-check at least every 15 minutes: survives clock changes and sleep.
    const wait = next ? Math.min(next.getTime() - at.getTime(), 15 * 60_000) : 15 * 60_000;
    hoursTimer = clock.setTimeout(checkHours, Math.max(1000, wait));
  };
  checkHours();

  const relaunchTimer = settings.nightlyRelaunch
    ? clock.setTimeout(
        () => {
          deps.log.info('nightly relaunch');
          deps.relaunch();
        },
        msUntilNightlyRelaunch(settings.nightlyRelaunch, new Date(clock.now())),
      )
    : null;

  return {
    reopensAt: () => reopensAt,
    dispose() {
      if (hoursTimer !== null) clock.clearTimeout(hoursTimer);
      if (relaunchTimer !== null) clock.clearTimeout(relaunchTimer);
    },
  };
}

/** Local calendar days from `from` to `to` (0: same day, 1: tomorrow), for "open again tomorrow". */
function calendarDaysBetween(from: Date, to: Date): number {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((midnight(to) - midnight(from)) / 86_400_000);
}
