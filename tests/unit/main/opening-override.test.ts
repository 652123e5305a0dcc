/**
 * Open-now / close-now by hand (src/main/opening-override.ts): which override an operator's choice
 * makes, when it runs out, and when a closed screen opens again — across midnight, weekends and
 * the half-open edges of the opening window. Local wall-clock dates throughout (`new Date(y, m, d,
 * h, min)`), in a June week with no daylight-saving change in either hemisphere.
 */
import { describe, expect, it } from 'vitest';
import type { DeckAction } from '../../../src/shared/deck';
import { setupSchedules } from '../../../src/main/core/schedules';
import { chooseOverride, hoursAt, type HoursOverride } from '../../../src/main/opening-override';
import type { Hours } from '../../../src/main/opening-hours';
import { createManualClock } from '../../support/manual-clock';

/** 2 June 2025 is a Monday; `day(0)` is that Monday, `day(5)` the Saturday, `day(7)` the next Monday. */
const at = (dayOffset: number, h = 0, min = 0, s = 0, ms = 0) =>
  new Date(2025, 5, 2 + dayOffset, h, min, s, ms).getTime();
const MON = 0;
const TUE = 1;
const FRI = 4;
const SAT = 5;
const SUN = 6;
const NEXT_MON = 7;

/** Weekdays 09:00–17:00. */
const OFFICE: Hours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };
/** Friday and Saturday nights 18:00–02:00 (the small hours belong to the night before). */
const NIGHTS: Hours = { days: [5, 6], open: '18:00', close: '02:00' };
/** Every day 09:00 until midnight. */
const TO_MIDNIGHT: Hours = { days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '00:00' };
/** Open around the clock: the hours never change. */
const ALWAYS: Hours = { days: [0, 1, 2, 3, 4, 5, 6], open: '00:00', close: '00:00' };

it('the test week starts on a Monday', () => {
  expect(new Date(at(MON)).getDay()).toBe(1);
  expect(new Date(at(SAT)).getDay()).toBe(6);
  expect(new Date(at(SUN)).getDay()).toBe(0);
});

describe('chooseOverride', () => {
  it('"follow the hours" (null) is no override, with or without hours', () => {
    expect(chooseOverride(OFFICE, null, at(MON, 15))).toBeNull();
    expect(chooseOverride(OFFICE, null, at(MON, 20))).toBeNull();
    expect(chooseOverride(null, null, at(MON, 15))).toBeNull();
  });

  it('asking for what the hours already say makes no override', () => {
    expect(chooseOverride(OFFICE, true, at(MON, 10))).toBeNull(); // open, and open asked
    expect(chooseOverride(OFFICE, false, at(MON, 20))).toBeNull(); // closed, and closed asked
    expect(chooseOverride(OFFICE, false, at(SAT, 12))).toBeNull(); // the weekend is closed anyway
  });

  it('"Close now" at 15:00 lasts until the 17:00 close, not longer', () => {
    expect(chooseOverride(OFFICE, false, at(MON, 15))).toEqual({ open: false, until: at(MON, 17) });
  });

  it('"Open now" in the evening lasts until the next morning’s opening', () => {
    expect(chooseOverride(OFFICE, true, at(MON, 20))).toEqual({ open: true, until: at(TUE, 9) });
    // Just after midnight it is still that same morning's opening.
    expect(chooseOverride(OFFICE, true, at(TUE, 0, 0, 0, 1))).toEqual({ open: true, until: at(TUE, 9) });
  });

  it('"Open now" on Friday evening or at the weekend lasts until Monday 09:00', () => {
    expect(chooseOverride(OFFICE, true, at(FRI, 17))).toEqual({ open: true, until: at(NEXT_MON, 9) });
    expect(chooseOverride(OFFICE, true, at(SAT, 12))).toEqual({ open: true, until: at(NEXT_MON, 9) });
    expect(chooseOverride(OFFICE, true, at(SUN, 23, 59))).toEqual({ open: true, until: at(NEXT_MON, 9) });
  });

  it('at the exact edges the window is half-open: open at 09:00, closed at 17:00', () => {
    expect(chooseOverride(OFFICE, true, at(MON, 9))).toBeNull();
    expect(chooseOverride(OFFICE, false, at(MON, 9))).toEqual({ open: false, until: at(MON, 17) });
    expect(chooseOverride(OFFICE, false, at(MON, 17))).toBeNull();
    expect(chooseOverride(OFFICE, true, at(MON, 17))).toEqual({ open: true, until: at(TUE, 9) });
    expect(chooseOverride(OFFICE, false, at(MON, 16, 59, 59, 999))).toEqual({ open: false, until: at(MON, 17) });
  });

  it('across midnight: an overnight window closed by hand at 01:00 ends at its 02:00 close', () => {
    // Saturday 01:00 is inside Friday night's 18:00–02:00.
    expect(chooseOverride(NIGHTS, true, at(SAT, 1))).toBeNull();
    expect(chooseOverride(NIGHTS, false, at(SAT, 1))).toEqual({ open: false, until: at(SAT, 2) });
    // Sunday 01:00 is inside Saturday night's window, though Sunday is not a listed day.
    expect(chooseOverride(NIGHTS, false, at(SUN, 1))).toEqual({ open: false, until: at(SUN, 2) });
    // Sunday 03:00: closed until Friday 18:00 — "Open now" lasts that long.
    expect(chooseOverride(NIGHTS, true, at(SUN, 3))).toEqual({ open: true, until: at(FRI + 7, 18) });
  });

  it('a close at midnight: closed by hand at 23:00 until 00:00, which is the next day', () => {
    expect(chooseOverride(TO_MIDNIGHT, false, at(MON, 23))).toEqual({ open: false, until: at(TUE, 0) });
    expect(chooseOverride(TO_MIDNIGHT, true, at(TUE, 0))).toEqual({ open: true, until: at(TUE, 9) });
  });

  it('with no opening hours, or hours that never change, the override lasts until undone', () => {
    expect(chooseOverride(null, false, at(MON, 15))).toEqual({ open: false, until: null });
    // No hours means always open: "Open now" asks for what already is, so nothing is recorded.
    expect(chooseOverride(null, true, at(MON, 15))).toBeNull();
    expect(chooseOverride(ALWAYS, false, at(MON, 15))).toEqual({ open: false, until: null });
    expect(chooseOverride(ALWAYS, true, at(MON, 15))).toBeNull();
  });
});

describe('hoursAt', () => {
  it('no hours and no override: open, nothing scheduled', () => {
    expect(hoursAt(null, null, at(MON, 3))).toEqual({ open: true, override: null, nextChange: null, reopensAt: null });
  });

  it('no hours, closed by hand: closed until undone, no reopening time', () => {
    const closed: HoursOverride = { open: false, until: null };
    expect(hoursAt(null, closed, at(MON, 3))).toEqual({ open: false, override: closed, nextChange: null, reopensAt: null });
    // An override without an end never expires, however late.
    expect(hoursAt(null, closed, at(NEXT_MON + 300, 3)).override).toBe(closed);
  });

  it('follows the hours: open with the next close, closed with the next opening', () => {
    expect(hoursAt(OFFICE, null, at(MON, 10))).toEqual({
      open: true,
      override: null,
      nextChange: at(MON, 17),
      reopensAt: null,
    });
    expect(hoursAt(OFFICE, null, at(MON, 20))).toEqual({
      open: false,
      override: null,
      nextChange: at(TUE, 9),
      reopensAt: at(TUE, 9),
    });
  });

  it('closed from Friday 17:00 reopens on Monday 09:00', () => {
    expect(hoursAt(OFFICE, null, at(FRI, 17))).toMatchObject({ open: false, nextChange: at(NEXT_MON, 9), reopensAt: at(NEXT_MON, 9) });
    expect(hoursAt(OFFICE, null, at(SUN, 23, 59))).toMatchObject({ open: false, reopensAt: at(NEXT_MON, 9) });
  });

  it('closed by hand during opening hours: reopens at the opening after the scheduled close', () => {
    const override = chooseOverride(OFFICE, false, at(MON, 15))!;
    expect(hoursAt(OFFICE, override, at(MON, 15))).toEqual({
      open: false,
      override,
      nextChange: at(MON, 17),
      reopensAt: at(TUE, 9),
    });
    // On a Friday, the one after the close is Monday's opening.
    const friday = chooseOverride(OFFICE, false, at(FRI, 15))!;
    expect(hoursAt(OFFICE, friday, at(FRI, 15)).reopensAt).toBe(at(NEXT_MON, 9));
  });

  it('closed by hand inside an overnight window: reopens the same evening', () => {
    const override = chooseOverride(NIGHTS, false, at(SAT, 1))!;
    expect(hoursAt(NIGHTS, override, at(SAT, 1))).toEqual({
      open: false,
      override,
      nextChange: at(SAT, 2),
      reopensAt: at(SAT, 18),
    });
  });

  it('opened by hand: open, no reopening time, the override still reported', () => {
    const override = chooseOverride(OFFICE, true, at(MON, 20))!;
    expect(hoursAt(OFFICE, override, at(MON, 23))).toEqual({
      open: true,
      override,
      nextChange: at(TUE, 9),
      reopensAt: null,
    });
  });

  it('an override runs out exactly at its `until`: the hours apply again', () => {
    const override = chooseOverride(OFFICE, false, at(MON, 15))!; // until 17:00
    expect(hoursAt(OFFICE, override, at(MON, 16, 59, 59, 999)).override).toBe(override);
    expect(hoursAt(OFFICE, override, at(MON, 17))).toEqual({
      open: false,
      override: null,
      nextChange: at(TUE, 9),
      reopensAt: at(TUE, 9),
    });
  });

  it('a stale override does not leak: opened by hand until 09:00, at 20:00 the hours close it', () => {
    const stale: HoursOverride = { open: true, until: at(MON, 9) };
    expect(hoursAt(OFFICE, stale, at(MON, 20))).toEqual({
      open: false,
      override: null,
      nextChange: at(TUE, 9),
      reopensAt: at(TUE, 9),
    });
    // And a stale "closed" one does not keep a screen dark during opening hours.
    expect(hoursAt(OFFICE, { open: false, until: at(MON, 9) }, at(TUE, 10))).toMatchObject({ open: true, override: null });
  });

  it('hours that never change, closed by hand: closed with nothing that reopens it', () => {
    const override = chooseOverride(ALWAYS, false, at(MON, 15))!;
    expect(hoursAt(ALWAYS, override, at(TUE, 15))).toEqual({ open: false, override, nextChange: null, reopensAt: null });
  });
});

describe('through the schedules on a manual clock (core/schedules.ts)', () => {
  function boot(start: number, openingHours: Hours | null) {
    const clock = createManualClock(start);
    const opens: boolean[] = [];
    const schedules = setupSchedules({
      settings: { openingHours: openingHours && { ...openingHours, whenClosed: 'black' }, nightlyRelaunch: null },
      clock,
      log: { info: () => {} },
      controller: {
        dispatch: (action: DeckAction) => {
          if (action.type === 'setOpen') opens.push(action.open);
          return undefined as never;
        },
      },
      onReopensChange: () => {},
      relaunch: () => {},
    });
    return { clock, opens, schedules };
  }

  it('"Close now" at 15:00 shuts the screen, 17:00 drops the override, 09:00 opens it again', () => {
    const { clock, opens, schedules } = boot(at(MON, 15), OFFICE);
    expect(opens.at(-1)).toBe(true);
    expect(schedules.setOverride(false)).toMatchObject({ open: false, override: { open: false, until: at(MON, 17) } });
    expect(opens.at(-1)).toBe(false);
    clock.advance(at(MON, 17) - at(MON, 15));
    expect(schedules.hours()).toMatchObject({ open: false, override: null, reopensAt: at(TUE, 9), reopensInDays: 1 });
    clock.advance(at(TUE, 9) - at(MON, 17));
    expect(opens.at(-1)).toBe(true);
    expect(schedules.hours()).toMatchObject({ open: true, override: null, nextChange: at(TUE, 17) });
    schedules.dispose();
  });

  it('"Open now" on Saturday keeps the screen on through Sunday until Monday’s hours take over', () => {
    const { clock, opens, schedules } = boot(at(SAT, 12), OFFICE);
    expect(opens.at(-1)).toBe(false);
    schedules.setOverride(true);
    expect(opens.at(-1)).toBe(true);
    clock.advance(at(SUN, 23) - at(SAT, 12));
    expect(opens.at(-1)).toBe(true);
    expect(schedules.hours().override).toEqual({ open: true, until: at(NEXT_MON, 9) });
    clock.advance(at(NEXT_MON, 17) - at(SUN, 23));
    expect(opens.at(-1)).toBe(false); // Monday's 17:00 close, the override long gone
    expect(schedules.hours().override).toBeNull();
    schedules.dispose();
  });
});
