/**
 * Invariants of the deck reducer over random action sequences (fast-check): whatever visitors,
 * timers and operators do, the deck stays in range, valid, and always finds its way back to
 * the attract loop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckReducer, initialDeckState, type DeckAction, type DeckState, type Mode } from '../../../src/shared/deck';

const LOCALES = ['en', 'zh-CN', 'ru', 'ar'] as const;

interface Setup {
  mode: Mode;
  slideCount: number;
  defaultLocale: string;
  countdownSeconds: number;
}

const setupArb = (modes: readonly Mode[] = ['kiosk', 'present', 'window']): fc.Arbitrary<Setup> =>
  fc.record({
    mode: fc.constantFrom(...modes),
    slideCount: fc.integer({ min: 1, max: 30 }),
    defaultLocale: fc.constantFrom(...LOCALES),
    countdownSeconds: fc.integer({ min: 3, max: 60 }),
  });

/** Every action type, with arguments both in and out of range. */
const actionArb: fc.Arbitrary<DeckAction> = fc.oneof(
  fc.constantFrom<DeckAction>(
    { type: 'next' },
    { type: 'prev' },
    { type: 'first' },
    { type: 'last' },
    { type: 'input' },
    { type: 'toggleBlackout' },
    { type: 'tick' },
    { type: 'idleTimeout' },
    { type: 'countdownTick' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'setOpen', open: true },
    { type: 'setOpen', open: false },
    { type: 'reset' },
  ),
  fc.integer({ min: 0, max: 40 }).map((index): DeckAction => ({ type: 'goto', index })),
  fc.integer({ min: 0, max: 10_000 }).map((index): DeckAction => ({ type: 'goto', index })),
  fc.integer({ min: 0, max: 35 }).map((from): DeckAction => ({ type: 'skip', from })),
  fc.constantFrom(...LOCALES, 'fr', 'zh', 'EN').map((locale): DeckAction => ({ type: 'setLocale', locale })),
  // Timers fire far more often than anything else: weight them up.
  fc.constantFrom<DeckAction>({ type: 'tick' }, { type: 'countdownTick' }, { type: 'idleTimeout' }),
);

const start = (s: Setup): DeckState => initialDeckState({ ...s, locales: LOCALES, defaultLocale: s.defaultLocale });

const reduceAll = (setup: Setup, actions: readonly DeckAction[]): DeckState =>
  actions.reduce((state, a) => deckReducer(state, a, setup.countdownSeconds), start(setup));

/** Everything a view relies on. Returns the first broken rule, or null. */
function problemWith(s: DeckState, setup: Setup): string | null {
  if (!Number.isInteger(s.index) || s.index < 0 || s.index >= s.slideCount) return `index ${s.index}`;
  if (s.slideCount !== setup.slideCount) return `slideCount ${s.slideCount}`;
  if (s.mode !== setup.mode) return `mode ${s.mode}`;
  if (!s.locales.includes(s.locale)) return `locale ${s.locale}`;
  if (s.defaultLocale !== setup.defaultLocale) return `defaultLocale ${s.defaultLocale}`;
  if (!['attract', 'interactive', 'countdown', 'closed'].includes(s.phase)) return `phase ${s.phase}`;
  if (s.mode === 'present' && (s.phase === 'attract' || s.phase === 'countdown')) return `present in ${s.phase}`;
  if (s.phase === 'countdown' && !(s.countdownRemaining >= 1 && s.countdownRemaining <= setup.countdownSeconds))
    return `countdownRemaining ${s.countdownRemaining}`;
  if (!Number.isInteger(s.countdownRemaining)) return `countdownRemaining ${s.countdownRemaining}`;
  if (typeof s.paused !== 'boolean' || typeof s.blackout !== 'boolean') return 'flags';
  return null;
}

const actionsArb = fc.array(actionArb, { maxLength: 80 });

describe('deck reducer invariants', () => {
  it('index always in [0, slideCount) and the state always valid, after every step', () => {
    fc.assert(
      fc.property(setupArb(), actionsArb, (setup, actions) => {
        let s = start(setup);
        expect(problemWith(s, setup)).toBeNull();
        for (const action of actions) {
          const next = deckReducer(s, action, setup.countdownSeconds);
          expect(problemWith(next, setup), `after ${JSON.stringify(action)}`).toBeNull();
          expect(next.revision).toBe(next === s ? s.revision : s.revision + 1);
          s = next;
        }
      }),
    );
  });

  it('kiosk and window: no action sequence ever blacks the screen out (one "B" once left it black for good)', () => {
    fc.assert(
      fc.property(setupArb(['kiosk', 'window']), actionsArb, (setup, actions) => {
        let s = start(setup);
        for (const action of actions) {
          s = deckReducer(s, action, setup.countdownSeconds);
          expect(s.blackout, `after ${JSON.stringify(action)}`).toBe(false);
        }
      }),
    );
  });

  it('present: B always flips the blackout; nothing but a reset or closing time clears it', () => {
    fc.assert(
      fc.property(setupArb(['present']), actionsArb, (setup, actions) => {
        let s = start(setup);
        for (const action of actions) {
          const next = deckReducer(s, action, setup.countdownSeconds);
          if (action.type === 'toggleBlackout') expect(next.blackout).toBe(!s.blackout);
          else if (action.type !== 'reset' && action.type !== 'setOpen')
            expect(next.blackout, `after ${JSON.stringify(action)}`).toBe(s.blackout);
          s = next;
        }
      }),
    );
  });

  it('idleTimeout from interactive, then countdownSeconds ticks: attract, slide 1, default locale (kiosk/window)', () => {
    fc.assert(
      fc.property(setupArb(['kiosk', 'window']), actionsArb, (setup, actions) => {
        const s = reduceAll(setup, actions);
        fc.pre(s.phase === 'interactive' && !s.paused); // an operator's pause holds the slide (issue 16)
        let t = deckReducer(s, { type: 'idleTimeout' }, setup.countdownSeconds);
        expect(t.phase).toBe('countdown');
        for (let i = 0; i < setup.countdownSeconds; i++) {
          expect(t.phase).toBe('countdown');
          t = deckReducer(t, { type: 'countdownTick' }, setup.countdownSeconds);
        }
        expect(t).toMatchObject({ phase: 'attract', index: 0, locale: setup.defaultLocale, blackout: false });
      }),
    );
  });

  it('N ticks over N slides from an unpaused attract loop return to the same slide', () => {
    fc.assert(
      fc.property(setupArb(['kiosk', 'window']), actionsArb, (setup, actions) => {
        const s = reduceAll(setup, actions);
        fc.pre(s.phase === 'attract' && !s.paused);
        let t = s;
        for (let i = 0; i < s.slideCount; i++) {
          const next = deckReducer(t, { type: 'tick' }, setup.countdownSeconds);
          if (s.slideCount > 1) expect(next.index).not.toBe(t.index);
          t = next;
        }
        expect(t.index).toBe(s.index);
        expect(t.phase).toBe('attract');
      }),
    );
  });

  it('no sequence stalls the kiosk: input, idleTimeout, the countdown and a resume always reach a moving attract loop', () => {
    fc.assert(
      fc.property(setupArb(['kiosk']), actionsArb, (setup, actions) => {
        const s = reduceAll(setup, actions);
        // Closed is left only by the opening-hours schedule (setOpen), never by a visitor.
        fc.pre(s.phase !== 'closed');
        // The operator's resume comes first: while paused, the idle return is held (issue 16).
        let t = deckReducer(s, { type: 'resume' }, setup.countdownSeconds);
        t = deckReducer(t, { type: 'input' }, setup.countdownSeconds);
        expect(t.phase).toBe('interactive');
        t = deckReducer(t, { type: 'idleTimeout' }, setup.countdownSeconds);
        for (let i = 0; i < setup.countdownSeconds; i++)
          t = deckReducer(t, { type: 'countdownTick' }, setup.countdownSeconds);
        expect(t).toMatchObject({ phase: 'attract', index: 0, locale: setup.defaultLocale, paused: false });
        const ticked = deckReducer(t, { type: 'tick' }, setup.countdownSeconds);
        if (setup.slideCount > 1) expect(ticked.index).not.toBe(t.index);
      }),
    );
  });

  it('a closed kiosk reopens at the start of a moving attract loop', () => {
    fc.assert(
      fc.property(setupArb(['kiosk']), actionsArb, (setup, actions) => {
        let t = deckReducer(reduceAll(setup, actions), { type: 'setOpen', open: false }, setup.countdownSeconds);
        t = deckReducer(t, { type: 'setOpen', open: true }, setup.countdownSeconds);
        t = deckReducer(t, { type: 'resume' }, setup.countdownSeconds);
        expect(t).toMatchObject({ phase: 'attract', index: 0, locale: setup.defaultLocale });
        if (setup.slideCount > 1) expect(deckReducer(t, { type: 'tick' }).index).toBe(1);
      }),
    );
  });

  it('present mode never enters attract or countdown', () => {
    fc.assert(
      fc.property(setupArb(['present']), actionsArb, (setup, actions) => {
        let s = start(setup);
        for (const action of actions) {
          s = deckReducer(s, action, setup.countdownSeconds);
          expect(['interactive', 'closed']).toContain(s.phase);
        }
      }),
    );
  });

  it('is pure: the same sequence gives the same state and never mutates its input', () => {
    fc.assert(
      fc.property(setupArb(), actionsArb, (setup, actions) => {
        const first = start(setup);
        const frozen = JSON.stringify(first);
        const a = reduceAll(setup, actions);
        const b = reduceAll(setup, actions);
        expect(a).toEqual(b);
        let s = first;
        for (const action of actions) {
          const before = JSON.stringify(s);
          const next = deckReducer(s, action, setup.countdownSeconds);
          expect(JSON.stringify(s)).toBe(before);
          s = next;
        }
        expect(JSON.stringify(first)).toBe(frozen);
      }),
    );
  });
});
