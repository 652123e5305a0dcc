import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isOpen, msUntilNightlyRelaunch, nextChange } from '../../../src/main/opening-hours';

// Run in a zone with daylight saving so the spring-forward and fall-back nights are exercised.
// Node re-reads TZ when it is assigned; each vitest file runs in its own worker.
const previousTz = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  process.env.TZ = previousTz;
});

const MIN = 60_000;
const HOUR = 60 * MIN;
/** Local time; month is 1-based here for readability. 2024-03-04 is a Monday. */
const at = (month: number, day: number, h = 0, m = 0) => new Date(2024, month - 1, day, h, m);
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 59))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
// Times across 2024, two thirds of them within two days of a DST switch (2024-03-31, 2024-10-27).
const around = (d: Date) => fc.integer({ min: d.getTime() - 48 * HOUR, max: d.getTime() + 48 * HOUR });
const atArb = fc
  .oneof(
    fc.integer({ min: at(1, 1).getTime(), max: at(12, 31).getTime() }),
    around(at(3, 31, 2)),
    around(at(10, 27, 2)),
  )
  .map((t) => new Date(t));
const weekdays = { days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };

describe('isOpen', () => {
  it('no schedule means always open, never changing', () => {
    expect(isOpen(null, at(3, 4, 3))).toBe(true);
    expect(nextChange(null, at(3, 4, 3))).toBeNull();
  });

  it('weekdays 09:00–17:00: open at 09:00, closed at 17:00, closed at the weekend', () => {
    expect(isOpen(weekdays, at(3, 4, 8, 59))).toBe(false);
    expect(isOpen(weekdays, at(3, 4, 9, 0))).toBe(true);
    expect(isOpen(weekdays, at(3, 4, 16, 59))).toBe(true);
    expect(isOpen(weekdays, at(3, 4, 17, 0))).toBe(false);
    expect(isOpen(weekdays, at(3, 9, 12))).toBe(false); // Saturday
  });

  it('18:00–02:00 belongs to the day it opens', () => {
    const fridayNights = { days: [5], open: '18:00', close: '02:00' };
    expect(isOpen(fridayNights, at(3, 8, 17, 59))).toBe(false);
    expect(isOpen(fridayNights, at(3, 8, 23, 30))).toBe(true);
    expect(isOpen(fridayNights, at(3, 9, 1, 59))).toBe(true); // Saturday early morning
    expect(isOpen(fridayNights, at(3, 9, 2, 0))).toBe(false);
    expect(isOpen(fridayNights, at(3, 8, 1, 0))).toBe(false); // Friday early morning: Thursday is closed
  });

  it('open equal to close means the whole day', () => {
    const mondays = { days: [1], open: '00:00', close: '00:00' };
    expect(isOpen(mondays, at(3, 4, 0, 0))).toBe(true);
    expect(isOpen(mondays, at(3, 4, 23, 59))).toBe(true);
    expect(isOpen(mondays, at(3, 5, 0, 0))).toBe(false);
    expect(nextChange(mondays, at(3, 4, 12))).toEqual(at(3, 5));
  });
});

describe('nextChange', () => {
  it('is the close time while open and the next opening while closed', () => {
    expect(nextChange(weekdays, at(3, 4, 10))).toEqual(at(3, 4, 17));
    expect(nextChange(weekdays, at(3, 4, 7))).toEqual(at(3, 4, 9));
    expect(nextChange(weekdays, at(3, 8, 18))).toEqual(at(3, 11, 9)); // Friday evening → Monday
    expect(nextChange(weekdays, at(3, 4, 9))).toEqual(at(3, 4, 17)); // exactly at opening
  });

  it('is null when open around the clock every day', () => {
    expect(nextChange({ days: [0, 1, 2, 3, 4, 5, 6], open: '06:00', close: '06:00' }, at(3, 4, 12))).toBeNull();
  });

  it('survives the spring-forward night (2024-03-31, 02:00 → 03:00 in Berlin)', () => {
    const nights = { days: [6], open: '22:00', close: '06:00' };
    expect(isOpen(nights, at(3, 31, 4))).toBe(true);
    expect(nextChange(nights, at(3, 30, 23))).toEqual(at(3, 31, 6));
    expect(at(3, 31, 6).getTime() - at(3, 30, 22).getTime()).toBe(7 * HOUR);
  });

  const hoursArb = fc.record({
    days: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
    open: hhmm,
    close: hhmm,
  });

  it('property: isOpen is constant from `at` up to nextChange, and differs at it', () => {
    fc.assert(
      fc.property(
        hoursArb,
        atArb,
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 8 }),
        (hours, start, fractions) => {
          const state = isOpen(hours, start);
          const change = nextChange(hours, start);
          const end = change ? change.getTime() : start.getTime() + 8 * 24 * HOUR;
          if (change) {
            expect(change.getTime()).toBeGreaterThan(start.getTime());
            expect(isOpen(hours, change)).toBe(!state);
            expect(isOpen(hours, new Date(end - 1))).toBe(state);
          }
          for (const f of fractions)
            expect(isOpen(hours, new Date(start.getTime() + Math.floor(f * (end - start.getTime()))))).toBe(state);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('msUntilNightlyRelaunch', () => {
  it('waits until the time today, or tomorrow once it has passed', () => {
    expect(msUntilNightlyRelaunch('03:00', at(3, 4, 2, 59))).toBe(MIN);
    expect(msUntilNightlyRelaunch('03:00', at(3, 4, 3, 0))).toBe(24 * HOUR);
    expect(msUntilNightlyRelaunch('03:00', at(3, 4, 12))).toBe(15 * HOUR);
  });

  it('counts real time across a DST switch', () => {
    expect(msUntilNightlyRelaunch('03:00', at(3, 30, 12))).toBe(14 * HOUR); // spring forward
    expect(msUntilNightlyRelaunch('04:00', at(10, 26, 12))).toBe(17 * HOUR); // fall back
  });

  it('property: always within the next 25 hours and positive', () => {
    fc.assert(
      fc.property(hhmm, atArb, (time, start) => {
        const ms = msUntilNightlyRelaunch(time, start);
        expect(ms).toBeGreaterThan(0);
        expect(ms).toBeLessThanOrEqual(25 * HOUR);
      }),
    );
  });
});
