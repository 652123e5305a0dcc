// A film played once ends → the attract loop moves on (issue 17, item 4). The report is not
// visitor input: it changes nothing outside the attract loop and never restarts the idle wait.
import { describe, expect, it } from 'vitest';
import { createDeckController } from '../../../src/main/deck-controller';
import { DeckCommand } from '../../../src/shared/deck/actions.schema';
import { deckReducer, initialDeckState, type DeckState } from '../../../src/shared/deck';
import { createManualClock } from '../../support/manual-clock';

const start = (over: Partial<DeckState> = {}): DeckState => ({
  ...initialDeckState({ mode: 'kiosk', slideCount: 3, locales: ['en'], defaultLocale: 'en', countdownSeconds: 10 }),
  ...over,
});

describe('mediaEnded in the reducer', () => {
  it('advances the attract loop from the slide on screen, wrapping at the end', () => {
    expect(deckReducer(start({ index: 1 }), { type: 'mediaEnded', index: 1 })).toMatchObject({
      index: 2,
      phase: 'attract',
    });
    expect(deckReducer(start({ index: 2 }), { type: 'mediaEnded', index: 2 })).toMatchObject({ index: 0 });
  });
  it('a report about another slide (late, or from a second window) changes nothing', () => {
    const s = start({ index: 2 });
    expect(deckReducer(s, { type: 'mediaEnded', index: 1 })).toBe(s);
  });
  it.each<[string, Partial<DeckState>]>([
    ['a visitor drives', { phase: 'interactive' }],
    ['the countdown runs', { phase: 'countdown' }],
    ['the operator paused the loop', { paused: true }],
    ['present mode', { mode: 'present', phase: 'interactive' }],
    ['closed', { phase: 'closed' }],
  ])('changes nothing while %s', (_why, over) => {
    const s = start({ index: 1, ...over });
    expect(deckReducer(s, { type: 'mediaEnded', index: 1 })).toBe(s);
  });
  it('control: the same state in the attract loop does advance', () => {
    expect(deckReducer(start({ index: 1 }), { type: 'mediaEnded', index: 1 }).index).toBe(2);
  });
  it('the IPC contract takes an index in range only', () => {
    expect(DeckCommand.safeParse({ type: 'mediaEnded', index: 3 }).success).toBe(true);
    expect(DeckCommand.safeParse({ type: 'mediaEnded', index: -1 }).success).toBe(false);
    expect(DeckCommand.safeParse({ type: 'mediaEnded', index: 1.5 }).success).toBe(false);
    expect(DeckCommand.safeParse({ type: 'mediaEnded' }).success).toBe(false);
  });
});

describe('mediaEnded in the deck controller', () => {
  const timing = {
    mode: 'kiosk' as const,
    durationsMs: [5000, 60_000, 5000],
    locales: ['en'],
    defaultLocale: 'en',
    idleSeconds: 30,
    countdownSeconds: 10,
  };

  it("moves on at the film's end and times the next slide from then", () => {
    const clock = createManualClock();
    const c = createDeckController({ clock, timing });
    clock.advance(5000);
    expect(c.getState().index).toBe(1);
    clock.advance(2000); // the film (slide 1, 60 s at most) ends after 2 s
    c.dispatch({ type: 'mediaEnded', index: 1 });
    expect(c.getState().index).toBe(2);
    clock.advance(4999);
    expect(c.getState().index).toBe(2);
    clock.advance(1);
    expect(c.getState().index).toBe(0);
    c.dispose();
  });

  it("without an end report the slide's duration still moves the loop on (a film that cannot play)", () => {
    const clock = createManualClock();
    const c = createDeckController({ clock, timing });
    clock.advance(5000 + 59_999);
    expect(c.getState().index).toBe(1);
    clock.advance(1);
    expect(c.getState().index).toBe(2);
    c.dispose();
  });

  it('does not restart the idle wait of a visitor (input does: the control)', () => {
    const clock = createManualClock();
    const c = createDeckController({ clock, timing });
    c.dispatch({ type: 'goto', index: 1 });
    clock.advance(29_000);
    c.dispatch({ type: 'mediaEnded', index: 1 });
    clock.advance(1000);
    expect(c.getState().phase).toBe('countdown');

    c.dispatch({ type: 'input' });
    expect(c.getState().phase).toBe('interactive');
    clock.advance(29_000);
    c.dispatch({ type: 'input' });
    clock.advance(1000);
    expect(c.getState().phase).toBe('interactive');
    c.dispose();
  });
});
