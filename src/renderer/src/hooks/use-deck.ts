import { useSyncExternalStore } from 'react';
import type { DeckState } from '../../../shared/deck';
import type { DeckSnapshot } from '../../../shared/ipc';
import type { ShowcaseApi } from '../../../shared/ipc-api';

/** What a view knows of main's deck: the snapshot and newest state main sent, or that it cannot answer. */
export interface DeckKnown {
  snapshot: DeckSnapshot | null;
  state: DeckState | null;
  error: boolean;
}

/** While main does not answer, the view asks again after this long (doubling up to the cap). */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

/**
 * One page's copy of main's deck, kept as a React external store (`useSyncExternalStore`).
 * main.tsx starts it before React renders — the preload asked main when the page started loading
 * (createShowcaseApi), so the answer is usually in — and the first render reads the deck with no
 * effect and no second render (issue 19). Main's broadcasts keep it current: a state with a lower
 * revision is stale and ignored; a snapshot broadcast while an answer was on its way is newer than
 * that answer. If main cannot answer, `error` shows the calm screen and the store keeps asking
 * (a kiosk is unattended: nobody is there to reload it); any answer or broadcast snapshot brings
 * the deck back.
 */
export function createDeckStore(api: () => Pick<ShowcaseApi, 'getDeck' | 'on'>) {
  let known: DeckKnown = { snapshot: null, state: null, error: false };
  const listeners = new Set<() => void>();
  let started: Promise<DeckSnapshot | null> | null = null;
  let snapshotsBroadcast = 0;

  const update = (next: Partial<DeckKnown>) => {
    known = { ...known, ...next };
    for (const listener of listeners) listener();
  };
  const newer = (state: DeckState) => {
    if (!known.state || state.revision >= known.state.revision) update({ state });
  };
  const ask = (waitMs: number): Promise<DeckSnapshot | null> => {
    const broadcastBefore = snapshotsBroadcast;
    return api()
      .getDeck()
      .then(
        (snapshot) => {
          if (snapshotsBroadcast === broadcastBefore) update({ snapshot });
          update({ error: false });
          newer(snapshot.state);
          return known.snapshot;
        },
        () => {
          update({ error: true });
          setTimeout(() => void ask(Math.min(waitMs * 2, RETRY_MAX_MS)), waitMs);
          return null;
        },
      );
  };

  const start = (): Promise<DeckSnapshot | null> => {
    if (!started) {
      api().on('deck:state', newer);
      api().on('deck:snapshot', (snapshot) => {
        snapshotsBroadcast++;
        update({ snapshot, state: snapshot.state, error: false });
      });
      started = ask(RETRY_FIRST_MS);
    }
    return started;
  };

  return {
    start,
    subscribe(listener: () => void): () => void {
      void start();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: (): DeckKnown => known,
  };
}

// The page's one store (a view is one page); the API is read when the store starts, not at import.
const deckStore = createDeckStore(() => window.showcase);

/**
 * Asks main for the deck before React starts (main.tsx renders once it is answered, so the first
 * frame already shows the slide). Resolves to the snapshot, or null if main could not answer
 * (useDeck reports that, and the store keeps asking).
 */
export function prefetchDeck(): Promise<DeckSnapshot | null> {
  return deckStore.start();
}

/** The view's copy of main's deck (see createDeckStore). */
export function useDeck(): DeckKnown {
  return useSyncExternalStore(deckStore.subscribe, deckStore.get);
}
