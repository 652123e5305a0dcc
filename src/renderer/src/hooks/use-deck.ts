import { useEffect, useState } from 'react';
import type { DeckState } from '../../../shared/deck';
import type { DeckSnapshot } from '../../../shared/ipc';

/** A deck request made before React started, with what main broadcast while React was starting. */
interface EarlyRequest {
  snapshot: Promise<DeckSnapshot>;
  /** The answer once it is in: the first render shows the deck without waiting for an effect. */
  answer: DeckSnapshot | null;
  latestState: DeckState | null;
  latestSnapshot: DeckSnapshot | null;
  stopListening(): void;
}

let early: EarlyRequest | null = null;

/**
 * Asks main for the deck before React starts (main.tsx calls this first and renders once it is
 * answered, so the first frame already shows the slide). The preload asked main when the page
 * started loading (see createShowcaseApi), so this usually finds the answer in. Broadcasts that
 * arrive in between are kept, so none is lost. The first useDeck takes all of it over.
 * Resolves to the snapshot, or null if main could not answer (useDeck reports that).
 */
export function prefetchDeck(): Promise<DeckSnapshot | null> {
  if (early) return early.snapshot.catch(() => null);
  const request: EarlyRequest = {
    snapshot: window.showcase.getDeck(),
    answer: null,
    latestState: null,
    latestSnapshot: null,
    stopListening: () => undefined,
  };
  const answered = request.snapshot.then(
    (s) => (request.answer = s),
    () => null,
  );
  const offState = window.showcase.on('deck:state', (s) => (request.latestState = s));
  const offSnapshot = window.showcase.on('deck:snapshot', (s) => (request.latestSnapshot = s));
  request.stopListening = () => {
    offState();
    offSnapshot();
  };
  early = request;
  return answered;
}

/** The early answer with what main broadcast since, for the first render (no effect, no wait). */
function earlyView(): { snapshot: DeckSnapshot; state: DeckState } | null {
  if (!early?.answer) return null;
  const snapshot = early.latestSnapshot ?? early.answer;
  const later = early.latestState;
  return { snapshot, state: later && later.revision >= snapshot.state.revision ? later : snapshot.state };
}

/**
 * The view's copy of main's deck: fetched on load (so a reloaded window resumes where the
 * deck is) and kept current by main's broadcasts. Stale broadcasts (lower revision) are ignored.
 */
export function useDeck(): { snapshot: DeckSnapshot | null; state: DeckState | null; error: boolean } {
  const [first] = useState(earlyView);
  const [snapshot, setSnapshot] = useState<DeckSnapshot | null>(first?.snapshot ?? null);
  const [state, setState] = useState<DeckState | null>(first?.state ?? null);
  const [error, setError] = useState(false);

  useEffect(() => {
    let alive = true;
    const newer = (next: DeckState) =>
      setState((current) => (!current || next.revision >= current.revision ? next : current));
    const offState = window.showcase.on('deck:state', newer);
    const offSnapshot = window.showcase.on('deck:snapshot', (s) => {
      setSnapshot(s);
      setState(s.state);
    });
    const taken = early;
    early = null;
    taken?.stopListening();
    (taken?.snapshot ?? window.showcase.getDeck())
      .then((s) => {
        if (!alive) return;
        const latest = taken?.latestSnapshot ?? s;
        setSnapshot(latest);
        newer(latest.state);
        if (taken?.latestState) newer(taken.latestState);
      })
      .catch(() => alive && setError(true));
    return () => {
      alive = false;
      offState();
      offSnapshot();
    };
  }, []);
  return { snapshot, state, error };
}
