/**
 * Turns deck state changes into local analytics events: slide views with dwell time, visitor
 * sessions (takeover → idle return) with their touches, language choices.
 */
import type { DeckAction, DeckState } from '../shared/deck';
import type { AnalyticsEvent } from './analytics-event';

export interface SlideNamer {
  slideId(index: number): string;
}

/** Returns the listener to subscribe to the deck controller, and a function counting touches. */
export function createVisitorTracker(record: (event: AnalyticsEvent) => void, now: () => number, slides: SlideNamer) {
  let shown: { index: number; locale: string; since: number } | null = null;
  let session: { since: number; touches: number } | null = null;

  return {
    onState(state: DeckState, action: DeckAction): void {
      const t = now();
      if (shown && (shown.index !== state.index || state.phase === 'closed')) {
        record({
          type: 'slide_view',
          slideId: slides.slideId(shown.index),
          locale: shown.locale,
          dwellMs: t - shown.since,
        });
        shown = null;
      }
      if (!shown && state.phase !== 'closed') shown = { index: state.index, locale: state.locale, since: t };
      if (action.type === 'setLocale') {
        record({ type: 'locale', locale: state.locale });
        if (shown) shown.locale = state.locale;
      }
      const visiting = state.phase === 'interactive' || state.phase === 'countdown';
      if (visiting && !session && state.mode !== 'present') {
        session = { since: t, touches: 0 };
        record({ type: 'session_start' });
      } else if (!visiting && session) {
        record({ type: 'session_end', durationMs: t - session.since, touches: session.touches });
        session = null;
      }
    },
    /** Every visitor input from a window (touch, key, click), counted into the session. */
    onTouch(): void {
      if (session) session.touches++;
      record({ type: 'touch' });
    },
  };
}
