import { describe, expect, it } from 'vitest';
import { deckReducer, initialDeckState, type DeckAction, type DeckState, type Mode } from '../../../src/shared/deck';

const LOCALES = ['en', 'zh-CN', 'ru', 'ar'] as const;

/** A deck of `slideCount` slides in `mode`, with `overrides` applied on top of the initial state. */
function deck(overrides: Partial<DeckState> = {}, mode: Mode = 'kiosk', slideCount = 5): DeckState {
  return {
    ...initialDeckState({ mode, slideCount, locales: LOCALES, defaultLocale: 'en', countdownSeconds: 10 }),
    ...overrides,
  };
}

const run = (s: DeckState, ...actions: DeckAction[]) => actions.reduce((acc, a) => deckReducer(acc, a), s);

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
    const after = run(s, { type: 'next' }, { type: 'input' }, { type: 'tick' }, { type: 'idleTimeout' }, { type: 'countdownTick' });
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
