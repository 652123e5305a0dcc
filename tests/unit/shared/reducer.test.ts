/** The deck reducer: the initial state, navigation, input, language, blackout and skip (timers in reducer-timers.test.ts). */
import { describe, expect, it } from 'vitest';
import { deckReducer, type DeckAction } from '../../../src/shared/deck';
import { deck, run } from '../../support/deck-states';

describe('initial state', () => {
  it('kiosk and window start in the attract loop on slide 1 in the default locale', () => {
    for (const mode of ['kiosk', 'window'] as const) {
      expect(deck({}, mode)).toMatchObject({ phase: 'attract', index: 0, locale: 'en', revision: 0 });
    }
  });
  it('present starts interactive (manual)', () => {
    expect(deck({}, 'present').phase).toBe('interactive');
  });
  it('at least one slide, even for an empty deck', () => {
    expect(deck({}, 'kiosk', 0).slideCount).toBe(1);
  });
});

describe('navigation', () => {
  it('next and prev move by one and clamp at the ends', () => {
    expect(deckReducer(deck({ index: 2 }), { type: 'next' }).index).toBe(3);
    expect(deckReducer(deck({ index: 2 }), { type: 'prev' }).index).toBe(1);
    expect(deckReducer(deck({ index: 4, phase: 'interactive' }), { type: 'next' }).index).toBe(4);
    expect(deckReducer(deck({ index: 0, phase: 'interactive' }), { type: 'prev' }).index).toBe(0);
  });
  it('next at the last slide while interactive changes nothing (same object, same revision)', () => {
    const s = deck({ index: 4, phase: 'interactive' });
    expect(deckReducer(s, { type: 'next' })).toBe(s);
    expect(deckReducer(s, { type: 'goto', index: 4 })).toBe(s);
  });
  it('first and last', () => {
    expect(deckReducer(deck({ index: 3 }), { type: 'first' }).index).toBe(0);
    expect(deckReducer(deck({ index: 1 }), { type: 'last' }).index).toBe(4);
  });
  it('goto jumps, clamped into range', () => {
    expect(deckReducer(deck(), { type: 'goto', index: 3 }).index).toBe(3);
    expect(deckReducer(deck(), { type: 'goto', index: 99 }).index).toBe(4);
  });
  it('navigation takes over from attract and cancels a countdown', () => {
    expect(deckReducer(deck(), { type: 'next' }).phase).toBe('interactive');
    expect(deckReducer(deck({ phase: 'countdown', countdownRemaining: 3 }), { type: 'prev' }).phase).toBe(
      'interactive',
    );
  });
  it('does nothing while closed', () => {
    const s = deck({ phase: 'closed', index: 2 });
    for (const type of ['next', 'prev', 'first', 'last'] as const) expect(deckReducer(s, { type })).toBe(s);
    expect(deckReducer(s, { type: 'goto', index: 0 })).toBe(s);
  });
});

describe('input', () => {
  it('takes over from attract, keeping the slide', () => {
    const n = deckReducer(deck({ index: 3 }), { type: 'input' });
    expect(n).toMatchObject({ phase: 'interactive', index: 3 });
  });
  it('cancels a countdown and refills it', () => {
    const n = deckReducer(deck({ phase: 'countdown', countdownRemaining: 2 }), { type: 'input' });
    expect(n).toMatchObject({ phase: 'interactive', countdownRemaining: 10 });
  });
  it('changes nothing when already interactive (the controller restarts the idle wait)', () => {
    const s = deck({ phase: 'interactive' });
    expect(deckReducer(s, { type: 'input' })).toBe(s);
  });
  it('does not open a closed deck', () => {
    const s = deck({ phase: 'closed' });
    expect(deckReducer(s, { type: 'input' }).phase).toBe('closed');
  });
});

describe('setLocale', () => {
  it('switches to a declared locale and takes over', () => {
    expect(deckReducer(deck(), { type: 'setLocale', locale: 'ar' })).toMatchObject({
      locale: 'ar',
      phase: 'interactive',
    });
  });
  it('ignores undeclared locales and the current one', () => {
    const s = deck();
    expect(deckReducer(s, { type: 'setLocale', locale: 'fr' })).toBe(s);
    expect(deckReducer(s, { type: 'setLocale', locale: 'EN' })).toBe(s);
    expect(deckReducer(s, { type: 'setLocale', locale: 'en' })).toBe(s);
  });
});

describe('toggleBlackout', () => {
  it('present mode: toggles, and toggles back', () => {
    const s = deck({}, 'present');
    const black = deckReducer(s, { type: 'toggleBlackout' });
    expect(black.blackout).toBe(true);
    expect(deckReducer(black, { type: 'toggleBlackout' }).blackout).toBe(false);
  });

  it('present mode keeps the blackout through navigation, input and timers until B again', () => {
    const s = run(deck({}, 'present'), { type: 'toggleBlackout' });
    const after = run(
      s,
      { type: 'next' },
      { type: 'input' },
      { type: 'tick' },
      { type: 'idleTimeout' },
      { type: 'countdownTick' },
    );
    expect(after).toMatchObject({ blackout: true, index: 1 });
  });

  it.each(['kiosk', 'window'] as const)('%s mode: "B" never blacks the screen out, it is visitor input', (mode) => {
    const s = deck({}, mode);
    const n = deckReducer(s, { type: 'toggleBlackout' });
    expect(n.blackout).toBe(false);
    // Like any other key: it takes over the attract loop and starts the idle timeout.
    expect(n).toEqual(deckReducer(s, { type: 'input' }));
    expect(run(s, ...Array.from({ length: 7 }, (): DeckAction => ({ type: 'toggleBlackout' }))).blackout).toBe(false);
  });
});

describe('skip', () => {
  it('moves on from a slide that failed to render, without taking over', () => {
    const n = deckReducer(deck({ index: 2 }), { type: 'skip', from: 2 });
    expect(n).toMatchObject({ index: 3, phase: 'attract' });
  });
  it('wraps at the end', () => {
    expect(deckReducer(deck({ index: 4 }), { type: 'skip', from: 4 }).index).toBe(0);
  });
  it('only when `from` is the current slide (a stale report does nothing)', () => {
    const s = deck({ index: 2 });
    expect(deckReducer(s, { type: 'skip', from: 1 })).toBe(s);
    expect(deckReducer(s, { type: 'skip', from: 3 })).toBe(s);
  });
  it('not while closed', () => {
    const s = deck({ phase: 'closed', index: 0 });
    expect(deckReducer(s, { type: 'skip', from: 0 })).toBe(s);
  });
});
