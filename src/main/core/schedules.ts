/**
 * Time-driven behaviour: opening hours (the deck closes outside them and the closed screen learns
 * when it opens again) and the nightly relaunch.
 */
import type { DeckSnapshot, HoursStatus } from '../../shared/ipc';
import type { Settings } from '../../shared/settings.schema';
import type { Clock } from '../clock';
import type { DeckController } from '../deck-controller';
import { msUntilNightlyRelaunch } from '../opening-hours';
import { chooseOverride, hoursAt, type HoursOverride } from '../opening-override';
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
  /** The operator's open-now (true) / close-now (false) until the next scheduled change; null: the hours again. */
  setOverride(open: boolean | null): HoursStatus;
  /** Opening hours now, for the operator panel. */
  hours(): HoursStatus;
  dispose(): void;
}

export function setupSchedules(deps: SchedulesDeps): Schedules {
  const { settings, clock } = deps;
  let reopensAt: ReopensAt | null = null;
  let override: HoursOverride | null = null;

  // Opening hours (and an operator's override): closed outside them, re-checked at each change.
  let hoursTimer: unknown = null;
  const checkHours = () => {
    if (hoursTimer !== null) clock.clearTimeout(hoursTimer);
    hoursTimer = null;
    if (!settings.openingHours && !override) return deps.controller.dispatch({ type: 'setOpen', open: true });
    const at = new Date(clock.now());
    const now = hoursAt(settings.openingHours, override, at.getTime());
    override = now.override;
    const open = now.open;
    const next = now.nextChange === null ? null : new Date(now.nextChange);
    const reopens =
      now.reopensAt === null
        ? null
        : { at: now.reopensAt, daysAway: calendarDaysBetween(at, new Date(now.reopensAt)) };
    const reopensChanged = reopens?.at !== reopensAt?.at || reopens?.daysAway !== reopensAt?.daysAway;
    reopensAt = reopens;
    deps.controller.dispatch({ type: 'setOpen', open });
    // The closed screen reads the reopening time from the snapshot: send it again when it changes.
    if (reopensChanged) deps.onReopensChange();
    // Re-check at least every 15 minutes: survives clock changes and sleep.
    const wait = next ? Math.min(next.getTime() - at.getTime(), 15 * 60_000) : 15 * 60_000;
    if (settings.openingHours) hoursTimer = clock.setTimeout(checkHours, Math.max(1000, wait));
  };
  if (settings.openingHours) checkHours();
  const hours = (): HoursStatus => {
    const now = hoursAt(settings.openingHours, override, clock.now());
    return {
      scheduled: settings.openingHours !== null,
      ...now,
      reopensAt: reopensAt?.at ?? null,
      reopensInDays: reopensAt?.daysAway ?? null,
    };
  };

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
    setOverride(open) {
      override = chooseOverride(settings.openingHours, open, clock.now());
      deps.log.info(`opening hours: ${override ? `${override.open ? 'opened' : 'closed'} by hand` : 'as scheduled'}`);
      checkHours();
      return hours();
    },
    hours,
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
