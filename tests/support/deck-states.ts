/**
 * Deck states for the reducer's unit tests (tests/unit/shared/reducer*.test.ts): a five-slide deck
 * in four locales, and `run` for a sequence of actions.
 */
import { deckReducer, initialDeckState, type DeckAction, type DeckState, type Mode } from '../../src/shared/deck';

export const LOCALES = ['en', 'zh-CN', 'ru', 'ar'] as const;

/** A deck of `slideCount` slides in `mode`, with `overrides` applied on top of the initial state. */
export function deck(overrides: Partial<DeckState> = {}, mode: Mode = 'kiosk', slideCount = 5): DeckState {
  return {
    ...initialDeckState({ mode, slideCount, locales: LOCALES, defaultLocale: 'en', countdownSeconds: 10 }),
    ...overrides,
  };
}

export const run = (s: DeckState, ...actions: DeckAction[]) => actions.reduce((acc, a) => deckReducer(acc, a), s);
