import { useEffect, useState } from 'react';
import type { DeckState } from '../../../shared/deck';
import type { DeckSnapshot } from '../../../shared/ipc';

/** A deck request made before React started, with what main broadcast while React was starting. */
interface EarlyRequest {
  snapshot: Promise<DeckSnapshot>;
  latestState: DeckState | null;
  latestSnapshot: DeckSnapshot | null;
  stopListening(): void;
}

let early: EarlyRequest | null = null;

/**
 * Asks main for the deck before React starts (main.tsx calls this first), so the IPC round trip
 * overlaps React's start-up instead of following its first commit. Broadcasts that arrive in
 * between are kept, so none is lost. The first useDeck takes all of it over.
 */
export function prefetchDeck(): void {
  if (early) return;
  const request: EarlyRequest = {
    snapshot: window.showcase.getDeck(),
    latestState: null,
    latestSnapshot: null,
    stopListening: () => undefined,
  };
  // Handled where it is taken; this only keeps an early failure from being reported as unhandled.
  request.snapshot.catch(() => undefined);
  const offState = window.showcase.on('deck:state', (s) => (request.latestState = s));
  const offSnapshot = window.showcase.on('deck:snapshot', (s) => (request.latestSnapshot = s));
  request.stopListening = () => {
    offState();
    offSnapshot();
  };
  early = request;
}

/**
 * The view's copy of main's deck: fetched on load (so a reloaded window resumes where the
 * deck is) and kept current by main's broadcasts. Stale broadcasts (lower revision) are ignored.
 */
export function useDeck(): { snapshot: DeckSnapshot | null; state: DeckState | null; error: boolean } {
  const [snapshot, setSnapshot] = useState<DeckSnapshot | null>(null);
  const [state, setState] = useState<DeckState | null>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    let alive = true;
    const newer = (next: DeckState) => setState((current) => (!current || next.revision >= current.revision ? next : current));
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
