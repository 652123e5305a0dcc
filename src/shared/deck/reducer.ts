import { assertNever } from '../assert-never';
import type { DeckAction } from './actions.schema';
import type { DeckState } from './state';

const clamp = (i: number, n: number) => Math.min(Math.max(0, i), n - 1);

/** Visitor or presenter input: takes the deck out of the attract loop (a kiosk takeover). */
function takeOver(s: DeckState): DeckState {
  if (s.phase === 'closed') return s;
  return { ...s, phase: 'interactive', countdownRemaining: s.countdownRemaining };
}

function navigate(s: DeckState, index: number): DeckState {
  if (s.phase === 'closed') return s;
  return { ...takeOver(s), index: clamp(index, s.slideCount) };
}

/** Back to the start: first slide, default language, attract loop (manual in present mode). */
function backToStart(s: DeckState, countdownSeconds: number): DeckState {
  return {
    ...s,
    phase: s.mode === 'present' ? 'interactive' : 'attract',
    index: 0,
    locale: s.defaultLocale,
    blackout: false,
    countdownRemaining: countdownSeconds,
  };
}

/**
 * The deck's behaviour as a pure function. Timers live in main's deck controller,
 * which turns elapsed time into `tick`, `idleTimeout` and `countdownTick` actions.
 */
export function deckReducer(s: DeckState, action: DeckAction, countdownSeconds = 10): DeckState {
  const next = reduce(s, action, countdownSeconds);
  return next === s || sameState(next, s) ? s : { ...next, revision: s.revision + 1 };
}

/** Shallow equality: an action that changes nothing must not bump the revision or broadcast. */
function sameState(a: DeckState, b: DeckState): boolean {
  return (Object.keys(a) as (keyof DeckState)[]).every((k) => a[k] === b[k]);
}

function reduce(s: DeckState, action: DeckAction, countdownSeconds: number): DeckState {
  switch (action.type) {
    case 'next':
      return navigate(s, s.index + 1);
    case 'prev':
      return navigate(s, s.index - 1);
    case 'first':
      return navigate(s, 0);
    case 'last':
      return navigate(s, s.slideCount - 1);
    case 'goto':
      return navigate(s, action.index);
    case 'input':
      if (s.phase === 'interactive') return s;
      return { ...takeOver(s), countdownRemaining: countdownSeconds };
    case 'setLocale':
      if (!s.locales.includes(action.locale) || action.locale === s.locale) return s;
      return { ...takeOver(s), locale: action.locale };
    case 'toggleBlackout':
      // Only a presenter blacks the screen out, and a presenter is there to bring it back. In an
      // unattended kiosk (and its rehearsal, window mode) one "B" would leave the screen black for
      // good — so there "B" is just a key: visitor input, like any other key.
      if (s.mode !== 'present') return reduce(s, { type: 'input' }, countdownSeconds);
      return { ...s, blackout: !s.blackout };
    case 'skip':
      if (s.index !== action.from || s.phase === 'closed') return s;
      return { ...s, index: (s.index + 1) % s.slideCount };
    case 'tick':
      if (s.phase !== 'attract' || s.paused || s.mode === 'present') return s;
      return { ...s, index: (s.index + 1) % s.slideCount };
    case 'mediaEnded':
      // The film's end is the slide's end, in the attract loop only, and only for the slide on
      // screen (a late report from a slide already left, or a second window, changes nothing).
      if (s.index !== action.index) return s;
      return reduce(s, { type: 'tick' }, countdownSeconds);
    case 'idleTimeout':
      // An operator's pause holds the slide and language they chose: no return to the start.
      if (s.phase !== 'interactive' || s.mode === 'present' || s.paused) return s;
      return { ...s, phase: 'countdown', countdownRemaining: countdownSeconds };
    case 'countdownTick':
      if (s.phase !== 'countdown') return s;
      if (s.countdownRemaining <= 1) return backToStart(s, countdownSeconds);
      return { ...s, countdownRemaining: s.countdownRemaining - 1 };
    case 'pause':
      return s.paused ? s : { ...s, paused: true };
    case 'resume':
      return s.paused ? { ...s, paused: false } : s;
    case 'setOpen':
      if (!action.open) return s.phase === 'closed' ? s : { ...s, phase: 'closed', blackout: false };
      return s.phase === 'closed' ? backToStart(s, countdownSeconds) : s;
    case 'reset':
      return backToStart(s, countdownSeconds);
    default:
      return assertNever(action);
  }
}
