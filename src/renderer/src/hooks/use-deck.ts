import { useEffect, useState } from 'react';
import type { DeckState } from '../../../shared/deck';
import type { DeckSnapshot } from '../../../shared/ipc';

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
    window.showcase
      .getDeck()
      .then((s) => {
        if (!alive) return;
        setSnapshot(s);
        newer(s.state);
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
