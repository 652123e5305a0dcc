/**
 * Visitor analytics from deck state changes: the real deck controller on a manual clock feeds
 * the tracker, as in main's core, and the recorded events are checked one by one.
 */
import { describe, expect, it } from 'vitest';
import { createDeckController, type DeckTiming } from '../../../src/main/deck-controller';
import { createVisitorTracker } from '../../../src/main/visitor-analytics';
import type { AnalyticsEvent } from '../../../src/main/analytics-event';
import type { Mode } from '../../../src/shared/deck';
import { createManualClock } from '../../support/manual-clock';

const timing = (mode: Mode): DeckTiming => ({
  mode,
  durationsMs: [5_000, 5_000, 5_000],
  locales: ['en', 'ru'],
  defaultLocale: 'en',
  idleSeconds: 30,
  countdownSeconds: 10,
});

function run(mode: Mode) {
  const clock = createManualClock(0);
  const controller = createDeckController({ clock, timing: timing(mode) });
  const events: AnalyticsEvent[] = [];
  const tracker = createVisitorTracker((e) => events.push(e), clock.now, { slideId: (i) => `s${i}` });
  controller.subscribe(tracker.onState);
  // The tracker hears only changes; hand it the state the deck starts in (see the report).
  tracker.onState(controller.getState(), { type: 'reset' });
  /** What main's `deck:command` handler does for visitor input. */
  const visitor = (command: Parameters<typeof controller.dispatch>[0]) => {
    controller.dispatch(command);
    tracker.onTouch();
  };
  const take = () => events.splice(0);
  return { clock, controller, visitor, take };
}

describe('slide views', () => {
  it('record each slide left, with its locale and dwell time', () => {
    const { clock, take } = run('kiosk');
    clock.advance(5_000);
    clock.advance(5_000);
    expect(take()).toEqual([
      { type: 'slide_view', slideId: 's0', locale: 'en', dwellMs: 5_000 },
      { type: 'slide_view', slideId: 's1', locale: 'en', dwellMs: 5_000 },
    ]);
  });

  it('the attract loop wrapping records the last slide too', () => {
    const { clock, take } = run('kiosk');
    clock.advance(15_000);
    expect(take().map((e) => e.type === 'slide_view' && e.slideId)).toEqual(['s0', 's1', 's2']);
  });
});

describe('visitor sessions', () => {
  it('start on takeover, count touches, and end on the idle return to attract', () => {
    const { clock, visitor, take } = run('kiosk');
    clock.advance(2_000);
    visitor({ type: 'input' });
    expect(take()).toEqual([{ type: 'session_start' }, { type: 'touch' }]);

    clock.advance(1_000);
    visitor({ type: 'next' }); // slide 0 → 1
    clock.advance(4_000);
    visitor({ type: 'next' }); // slide 1 → 2
    expect(take()).toEqual([
      { type: 'slide_view', slideId: 's0', locale: 'en', dwellMs: 3_000 },
      { type: 'touch' },
      { type: 'slide_view', slideId: 's1', locale: 'en', dwellMs: 4_000 },
      { type: 'touch' },
    ]);

    // 30 s idle, then the 10 s countdown, then back to slide 1 in attract.
    clock.advance(40_000);
    expect(take()).toEqual([
      { type: 'slide_view', slideId: 's2', locale: 'en', dwellMs: 40_000 },
      { type: 'session_end', durationMs: 45_000, touches: 3 },
    ]);
  });

  it('a touch during the countdown keeps the same session going', () => {
    const { clock, visitor, take } = run('kiosk');
    visitor({ type: 'input' });
    clock.advance(35_000); // into the countdown
    visitor({ type: 'input' });
    clock.advance(39_999);
    expect(take().filter((e) => e.type.startsWith('session'))).toEqual([{ type: 'session_start' }]);
    clock.advance(1);
    expect(take()).toContainEqual({ type: 'session_end', durationMs: 75_000, touches: 2 });
  });

  it('touches outside a session (present mode) are recorded but belong to none', () => {
    const { visitor, take } = run('present');
    visitor({ type: 'input' });
    expect(take()).toEqual([{ type: 'touch' }]);
  });
});

describe('locale choices', () => {
  it('are recorded, and the slide view carries the locale it ended in', () => {
    const { clock, visitor, take } = run('kiosk');
    visitor({ type: 'setLocale', locale: 'ru' });
    clock.advance(2_000);
    visitor({ type: 'next' });
    expect(take()).toEqual([
      { type: 'locale', locale: 'ru' },
      { type: 'session_start' },
      { type: 'touch' },
      { type: 'slide_view', slideId: 's0', locale: 'ru', dwellMs: 2_000 },
      { type: 'touch' },
    ]);
  });

  it('an unknown locale changes nothing and records nothing but the touch', () => {
    const { visitor, take } = run('kiosk');
    visitor({ type: 'setLocale', locale: 'xx' });
    expect(take()).toEqual([{ type: 'touch' }]);
  });
});

describe('present mode', () => {
  it('makes no visitor sessions, but still records slide views', () => {
    const { clock, visitor, take } = run('present');
    visitor({ type: 'next' });
    clock.advance(60_000);
    visitor({ type: 'next' });
    clock.advance(10 * 60_000);
    const events = take();
    expect(events.filter((e) => e.type === 'session_start' || e.type === 'session_end')).toEqual([]);
    expect(events.filter((e) => e.type === 'slide_view')).toEqual([
      { type: 'slide_view', slideId: 's0', locale: 'en', dwellMs: 0 },
      { type: 'slide_view', slideId: 's1', locale: 'en', dwellMs: 60_000 },
    ]);
  });
});
