/** The deck reducer over time: attract ticks, idle timeout and countdown, pause, opening hours, reset and the revision counter. */
import { describe, expect, it } from 'vitest';
import { deckReducer, type DeckAction, type DeckState } from '../../../src/shared/deck';
import { deck, run } from '../../support/deck-states';

describe('tick', () => {
  it('advances and wraps in attract', () => {
    expect(deckReducer(deck({ index: 1 }), { type: 'tick' }).index).toBe(2);
    expect(deckReducer(deck({ index: 4 }), { type: 'tick' }).index).toBe(0);
  });
  it('does nothing when paused, outside attract, or in present mode', () => {
    for (const s of [
      deck({ paused: true }),
      deck({ phase: 'interactive' }),
      deck({ phase: 'countdown' }),
      deck({ phase: 'closed' }),
      deck({ phase: 'attract' }, 'present'),
    ])
      expect(deckReducer(s, { type: 'tick' })).toBe(s);
  });
});

describe('idleTimeout', () => {
  it('starts the countdown from interactive', () => {
    const n = deckReducer(deck({ phase: 'interactive', countdownRemaining: 1 }), { type: 'idleTimeout' });
    expect(n).toMatchObject({ phase: 'countdown', countdownRemaining: 10 });
  });
  it('uses the configured countdown length', () => {
    expect(deckReducer(deck({ phase: 'interactive' }), { type: 'idleTimeout' }, 5).countdownRemaining).toBe(5);
  });
  it('does nothing outside interactive or in present mode', () => {
    for (const s of [
      deck(),
      deck({ phase: 'countdown' }),
      deck({ phase: 'closed' }),
      deck({ phase: 'interactive' }, 'present'),
    ])
      expect(deckReducer(s, { type: 'idleTimeout' })).toBe(s);
  });
});

describe('countdownTick', () => {
  it('counts down one second at a time', () => {
    const n = deckReducer(deck({ phase: 'countdown', countdownRemaining: 10 }), { type: 'countdownTick' });
    expect(n).toMatchObject({ phase: 'countdown', countdownRemaining: 9 });
  });
  it('at the end returns to slide 1, the default locale and the attract loop', () => {
    const s = deck({ phase: 'countdown', countdownRemaining: 1, index: 3, locale: 'ru', blackout: true });
    expect(deckReducer(s, { type: 'countdownTick' })).toMatchObject({
      phase: 'attract',
      index: 0,
      locale: 'en',
      blackout: false,
      countdownRemaining: 10,
    });
  });
  it('ten ticks after idleTimeout are exactly the countdown', () => {
    let s = run(deck({ index: 2, locale: 'zh-CN' }), { type: 'input' }, { type: 'idleTimeout' });
    for (let i = 0; i < 9; i++) s = deckReducer(s, { type: 'countdownTick' });
    expect(s).toMatchObject({ phase: 'countdown', countdownRemaining: 1 });
    s = deckReducer(s, { type: 'countdownTick' });
    expect(s).toMatchObject({ phase: 'attract', index: 0, locale: 'en' });
  });
  it('does nothing outside the countdown', () => {
    const s = deck({ phase: 'interactive' });
    expect(deckReducer(s, { type: 'countdownTick' })).toBe(s);
  });
});

describe('pause and resume', () => {
  it('pause holds, resume releases; repeats change nothing', () => {
    const paused = deckReducer(deck(), { type: 'pause' });
    expect(paused.paused).toBe(true);
    expect(deckReducer(paused, { type: 'pause' })).toBe(paused);
    const resumed = deckReducer(paused, { type: 'resume' });
    expect(resumed.paused).toBe(false);
    expect(deckReducer(resumed, { type: 'resume' })).toBe(resumed);
  });
});

describe('setOpen', () => {
  it('false closes (and lifts a blackout)', () => {
    const n = deckReducer(deck({ index: 3, blackout: true }), { type: 'setOpen', open: false });
    expect(n).toMatchObject({ phase: 'closed', blackout: false });
  });
  it('true after closed goes back to the start', () => {
    const closed = deck({ phase: 'closed', index: 3, locale: 'ar' });
    expect(deckReducer(closed, { type: 'setOpen', open: true })).toMatchObject({
      phase: 'attract',
      index: 0,
      locale: 'en',
    });
  });
  it('true when already open and false when already closed change nothing', () => {
    const open = deck({ index: 3 });
    expect(deckReducer(open, { type: 'setOpen', open: true })).toBe(open);
    const closed = deck({ phase: 'closed' });
    expect(deckReducer(closed, { type: 'setOpen', open: false })).toBe(closed);
  });
  it('in present mode reopening is manual (interactive)', () => {
    const closed = deck({ phase: 'closed' }, 'present');
    expect(deckReducer(closed, { type: 'setOpen', open: true }).phase).toBe('interactive');
  });
});

describe('reset', () => {
  it('returns to the start from anywhere', () => {
    const s = deck({ phase: 'countdown', index: 4, locale: 'ru', blackout: true, countdownRemaining: 3 });
    expect(deckReducer(s, { type: 'reset' })).toMatchObject({
      phase: 'attract',
      index: 0,
      locale: 'en',
      blackout: false,
      countdownRemaining: 10,
    });
  });
});

describe('revision', () => {
  const allActions: DeckAction[] = [
    { type: 'next' },
    { type: 'prev' },
    { type: 'first' },
    { type: 'last' },
    { type: 'goto', index: 2 },
    { type: 'input' },
    { type: 'setLocale', locale: 'ru' },
    { type: 'setLocale', locale: 'xx' },
    { type: 'toggleBlackout' },
    { type: 'skip', from: 0 },
    { type: 'skip', from: 3 },
    { type: 'tick' },
    { type: 'idleTimeout' },
    { type: 'countdownTick' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'setOpen', open: true },
    { type: 'setOpen', open: false },
    { type: 'reset' },
  ];
  const starts = [
    deck(),
    deck({ phase: 'interactive', index: 4 }),
    deck({ phase: 'countdown', countdownRemaining: 1 }),
    deck({ phase: 'closed' }),
    deck({ paused: true }),
    deck({}, 'present'),
  ];

  it('increments by exactly one when the state changes, and the object is kept when it does not', () => {
    for (const s of starts)
      for (const action of allActions) {
        const n = deckReducer(s, action);
        if (n === s) continue;
        expect(n.revision, `${action.type} from ${s.phase}`).toBe(s.revision + 1);
      }
  });

  it('does not increment when nothing but the revision would change', () => {
    // A state change is judged on the data, not on object identity: a no-op must not bump the
    // revision, or views re-render and the controller re-broadcasts for nothing.
    for (const s of starts)
      for (const action of allActions) {
        const n = deckReducer(s, action);
        const withoutRevision = (x: DeckState) => JSON.stringify({ ...x, revision: 0 });
        if (withoutRevision(s) === withoutRevision(n))
          expect(n.revision, `${action.type} from ${s.phase}/${s.index}`).toBe(s.revision);
      }
  });
});

describe('present mode', () => {
  it('never enters attract or countdown, whatever the action', () => {
    const actions: DeckAction[] = [
      { type: 'idleTimeout' },
      { type: 'countdownTick' },
      { type: 'tick' },
      { type: 'reset' },
      { type: 'setOpen', open: false },
      { type: 'setOpen', open: true },
      { type: 'input' },
      { type: 'next' },
    ];
    let s = deck({}, 'present');
    for (let round = 0; round < 3; round++)
      for (const a of actions) {
        s = deckReducer(s, a);
        expect(['interactive', 'closed']).toContain(s.phase);
      }
  });
});
