import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeckController,
  timingFromDeck,
  type DeckController,
  type DeckTiming,
} from '../../../src/main/deck-controller';
import type { DeckAction, DeckState, Mode } from '../../../src/shared/deck';
import { createManualClock, type ManualClock } from '../../support/manual-clock';

const DURATIONS = [5000, 8000, 3000];
const timing = (mode: Mode = 'kiosk', overrides: Partial<DeckTiming> = {}): DeckTiming => ({
  mode,
  durationsMs: DURATIONS,
  locales: ['en', 'ru'],
  defaultLocale: 'en',
  idleSeconds: 60,
  countdownSeconds: 10,
  ...overrides,
});

let controller: DeckController | null = null;
function start(mode: Mode = 'kiosk', overrides: Partial<DeckTiming> = {}, speed?: number) {
  const clock = createManualClock();
  controller = createDeckController({ clock, timing: timing(mode, overrides), speed });
  const seen: [DeckState, DeckAction][] = [];
  controller.subscribe((s, a) => seen.push([s, a]));
  return { clock, c: controller, seen };
}
afterEach(() => {
  controller?.dispose();
  controller = null;
});

/** Advances to the moment just before `ms`, checks nothing fired, then crosses it. */
function crosses(
  clock: ManualClock,
  c: DeckController,
  ms: number,
  before: Partial<DeckState>,
  after: Partial<DeckState>,
) {
  clock.advance(ms - 1);
  expect(c.getState()).toMatchObject(before);
  clock.advance(1);
  expect(c.getState()).toMatchObject(after);
}

describe('attract loop', () => {
  it("advances after each slide's own duration and wraps", () => {
    const { clock, c } = start();
    expect(clock.pending()).toBe(1);
    crosses(clock, c, 5000, { index: 0 }, { index: 1, phase: 'attract' });
    crosses(clock, c, 8000, { index: 1 }, { index: 2 });
    crosses(clock, c, 3000, { index: 2 }, { index: 0 });
    crosses(clock, c, 5000, { index: 0 }, { index: 1 });
    expect(clock.pending()).toBe(1);
  });

  it('speed divides every wait', () => {
    const { clock, c } = start('kiosk', {}, 4);
    crosses(clock, c, 1250, { index: 0 }, { index: 1 });
    crosses(clock, c, 2000, { index: 1 }, { index: 2 });
    c.dispatch({ type: 'input' });
    crosses(clock, c, 15_000, { phase: 'interactive' }, { phase: 'countdown' });
    crosses(clock, c, 250, { countdownRemaining: 10 }, { countdownRemaining: 9 });
  });

  it('operator pause holds the slide; resume restarts its full duration', () => {
    const { clock, c } = start();
    clock.advance(4000);
    c.dispatch({ type: 'pause' });
    expect(clock.pending()).toBe(0);
    clock.advance(60_000);
    expect(c.getState()).toMatchObject({ index: 0, phase: 'attract' });
    c.dispatch({ type: 'resume' });
    crosses(clock, c, 5000, { index: 0 }, { index: 1 });
  });

  it('a command that changes nothing does not restart the current slide’s wait', () => {
    const { clock, c } = start();
    clock.advance(4000);
    // A late second error report from slide 3 while slide 1 plays: stale, ignored by the reducer.
    c.dispatch({ type: 'skip', from: 2 });
    clock.advance(1000);
    expect(c.getState().index).toBe(1);
  });
});

describe('visitor input and idle', () => {
  it('input stops the loop and restarts the idle wait on each input', () => {
    const { clock, c } = start();
    clock.advance(2000);
    c.dispatch({ type: 'input' });
    expect(c.getState()).toMatchObject({ phase: 'interactive', index: 0 });
    clock.advance(59_000);
    expect(c.getState()).toMatchObject({ phase: 'interactive', index: 0 });
    c.dispatch({ type: 'input' }); // no state change, but the visitor is still there
    clock.advance(59_000);
    c.dispatch({ type: 'next' });
    crosses(clock, c, 60_000, { phase: 'interactive', index: 1 }, { phase: 'countdown', countdownRemaining: 10 });
  });

  it('idle → 10 s countdown → back to slide 1, default locale, attract loop', () => {
    const { clock, c } = start();
    c.dispatch({ type: 'input' });
    c.dispatch({ type: 'goto', index: 2 });
    c.dispatch({ type: 'setLocale', locale: 'ru' });
    clock.advance(60_000);
    expect(c.getState()).toMatchObject({ phase: 'countdown', countdownRemaining: 10, index: 2, locale: 'ru' });
    for (let left = 9; left >= 1; left--) {
      clock.advance(1000);
      expect(c.getState()).toMatchObject({ phase: 'countdown', countdownRemaining: left });
    }
    clock.advance(1000);
    expect(c.getState()).toMatchObject({ phase: 'attract', index: 0, locale: 'en' });
    // …and the loop plays on.
    crosses(clock, c, 5000, { index: 0 }, { index: 1 });
  });

  it('input during the countdown cancels it', () => {
    const { clock, c } = start();
    c.dispatch({ type: 'input' });
    c.dispatch({ type: 'goto', index: 1 });
    clock.advance(60_000 + 4000);
    expect(c.getState()).toMatchObject({ phase: 'countdown', countdownRemaining: 6 });
    c.dispatch({ type: 'input' });
    expect(c.getState()).toMatchObject({ phase: 'interactive', index: 1 });
    clock.advance(30_000);
    expect(c.getState()).toMatchObject({ phase: 'interactive', index: 1 });
    crosses(clock, c, 30_000, { phase: 'interactive' }, { phase: 'countdown', countdownRemaining: 10 });
  });

  it('one timer at a time', () => {
    const { clock, c } = start();
    for (const type of ['input', 'next', 'next', 'prev', 'toggleBlackout', 'input'] as const) {
      c.dispatch({ type });
      expect(clock.pending()).toBe(1);
    }
  });
});

describe('present mode', () => {
  it('schedules nothing, whatever happens', () => {
    const { clock, c } = start('present');
    expect(clock.pending()).toBe(0);
    for (const action of [
      { type: 'next' },
      { type: 'input' },
      { type: 'goto', index: 2 },
      { type: 'reset' },
      { type: 'setOpen', open: false },
      { type: 'setOpen', open: true },
    ] as DeckAction[]) {
      c.dispatch(action);
      expect(clock.pending()).toBe(0);
    }
    clock.advance(24 * 3600_000);
    expect(c.getState()).toMatchObject({ phase: 'interactive', index: 0 });
  });
});

describe('closed', () => {
  it('schedules nothing while closed and restarts the loop when reopened', () => {
    const { clock, c } = start();
    c.dispatch({ type: 'setOpen', open: false });
    expect(clock.pending()).toBe(0);
    c.dispatch({ type: 'input' });
    expect(clock.pending()).toBe(0);
    c.dispatch({ type: 'setOpen', open: true });
    crosses(clock, c, 5000, { index: 0, phase: 'attract' }, { index: 1 });
  });
});

describe('subscribers', () => {
  it('get every change, in order, with the action that caused it', () => {
    const { clock, c, seen } = start();
    clock.advance(5000); // tick
    c.dispatch({ type: 'input' });
    c.dispatch({ type: 'input' }); // no change: not broadcast
    c.dispatch({ type: 'next' });
    clock.advance(60_000 + 2000); // idleTimeout + 2 countdownTicks
    expect(seen.map(([, a]) => a.type)).toEqual([
      'tick',
      'input',
      'next',
      'idleTimeout',
      'countdownTick',
      'countdownTick',
    ]);
    expect(seen.map(([s]) => s.revision)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen.at(-1)?.[0]).toBe(c.getState());
  });

  it('unsubscribe stops the calls', () => {
    const { clock, c } = start();
    const got: number[] = [];
    const off = c.subscribe((s) => got.push(s.index));
    clock.advance(5000);
    off();
    clock.advance(8000);
    expect(got).toEqual([1]);
  });

  it('dispatch returns the new state', () => {
    const { c } = start();
    expect(c.dispatch({ type: 'last' })).toBe(c.getState());
    expect(c.getState().index).toBe(2);
  });
});

describe('replaceTiming', () => {
  it('starts the new content at slide 1 with its own durations, revision still increasing', () => {
    const { clock, c, seen } = start();
    clock.advance(5000);
    const before = c.getState().revision;
    c.replaceTiming(timing('kiosk', { durationsMs: [2000, 2000, 2000, 2000] }));
    expect(c.getState()).toMatchObject({ index: 0, slideCount: 4, phase: 'attract' });
    expect(c.getState().revision).toBeGreaterThan(before);
    expect(seen.at(-1)?.[1]).toEqual({ type: 'reset' });
    expect(clock.pending()).toBe(1);
    crosses(clock, c, 2000, { index: 0 }, { index: 1 });
  });
});

describe('dispose', () => {
  it('clears the timer and the subscribers', () => {
    const { clock, c, seen } = start();
    c.dispose();
    expect(clock.pending()).toBe(0);
    clock.advance(100_000);
    expect(c.getState().index).toBe(0);
    expect(seen).toEqual([]);
  });
});

describe('timingFromDeck', () => {
  const deck = {
    slides: [{ durationSeconds: 12 }, { durationSeconds: 7.5 }],
    locales: ['en', 'ar'],
    defaultLocale: 'en',
  };
  it('takes durations in ms and the settings', () => {
    expect(timingFromDeck(deck, { mode: 'window', idleSeconds: 30, countdownSeconds: 5, locale: null })).toEqual({
      mode: 'window',
      durationsMs: [12_000, 7500],
      locales: ['en', 'ar'],
      defaultLocale: 'en',
      idleSeconds: 30,
      countdownSeconds: 5,
    });
  });
  it('the locale setting overrides the default only when the deck has it', () => {
    const s = { mode: 'kiosk' as const, idleSeconds: 60, countdownSeconds: 10 };
    expect(timingFromDeck(deck, { ...s, locale: 'ar' }).defaultLocale).toBe('ar');
    expect(timingFromDeck(deck, { ...s, locale: 'ru' }).defaultLocale).toBe('en');
  });
});
