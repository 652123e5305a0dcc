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

/** While main does not answer, the view asks again after this long (doubling up to the cap). */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

/**
 * The view's copy of main's deck: fetched on load (so a reloaded window resumes where the
 * deck is) and kept current by main's broadcasts. Stale broadcasts (lower revision) are ignored.
 * If main cannot answer, `error` shows the calm screen and the view keeps asking (a kiosk is
 * unattended: nobody is there to reload it); any answer or broadcast snapshot brings the deck back.
 */
export function useDeck(): { snapshot: DeckSnapshot | null; state: DeckState | null; error: boolean } {
  const [first] = useState(earlyView);
  const [snapshot, setSnapshot] = useState<DeckSnapshot | null>(first?.snapshot ?? null);
  const [state, setState] = useState<DeckState | null>(first?.state ?? null);
  const [error, setError] = useState(false);

  useEffect(() => {
    let alive = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const newer = (next: DeckState) =>
      setState((current) => (!current || next.revision >= current.revision ? next : current));
    const offState = window.showcase.on('deck:state', newer);
    const offSnapshot = window.showcase.on('deck:snapshot', (s) => {
      setSnapshot(s);
      setState(s.state);
      setError(false);
    });
    const taken = early;
    early = null;
    taken?.stopListening();
    const ask = (request: Promise<DeckSnapshot>, waitMs: number) =>
      request
        .then((s) => {
          if (!alive) return;
          const latest = taken?.latestSnapshot ?? s;
          setSnapshot(latest);
          newer(latest.state);
          if (taken?.latestState) newer(taken.latestState);
          setError(false);
        })
        .catch(() => {
          if (!alive) return;
          setError(true);
          retry = setTimeout(() => ask(window.showcase.getDeck(), Math.min(waitMs * 2, RETRY_MAX_MS)), waitMs);
        });
    void ask(taken?.snapshot ?? window.showcase.getDeck(), RETRY_FIRST_MS);
    return () => {
      alive = false;
      clearTimeout(retry);
      offState();
      offSnapshot();
    };
  }, []);
  return { snapshot, state, error };
}
