import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../../shared/content';
import type { DeckState } from '../../../shared/deck';
import { deferChunk } from '../slides/lazy-chunks';
import { addTap, isOperatorChord } from './gesture';

export interface OperatorOverlayProps {
  deck: Deck;
  state: DeckState;
}

// The PIN pad and the panel are a chunk of their own (issue 19): the first slide never waits for
// them. It is fetched once the first slide is painted, so opening the overlay does not wait either.
// Held in a variable rather than React.lazy: a Suspense boundary reveals resolved content on a
// timer, which a paused page clock (tests) or a starved machine would hold back.
let Dialog: typeof import('./operator-dialog').OperatorDialog | undefined;
const loadDialog = () => import('./operator-dialog').then((m) => (Dialog = m.OperatorDialog));
deferChunk(loadDialog);

/**
 * The operator's way in, always loaded: five taps in the top-start corner within 3 s,
 * Ctrl+Alt+Shift+O, or main's `operator:open` event open the dialog (operator-dialog.tsx: a PIN
 * checked in main, then the operator panel). The gesture and the listeners live here, not in the
 * lazy chunk, so no tap or event is lost while it loads.
 */
export function OperatorOverlay({ deck, state }: OperatorOverlayProps) {
  const [open, setOpen] = useState(false);
  const taps = useRef<number[]>([]);
  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => setOpen(false), []);
  // The chunk's component, held in state: whichever way it arrives (the prefetch, or the load
  // below), setting it renders the dialog. A module variable alone could land between this
  // render and the effect and leave the overlay open on nothing.
  const [DialogView, setDialogView] = useState(() => Dialog);

  // Opened before the chunk is here (or the prefetch failed): load it now, then render again.
  useEffect(() => {
    if (!open || DialogView) return;
    let live = true;
    loadDialog().then(
      (loaded) => live && setDialogView(() => loaded),
      () => live && setOpen(false), // the chunk could not load: the corner again, the next open retries
    );
    return () => {
      live = false;
    };
  }, [open, DialogView]);

  // Main's Ctrl+Alt+Shift+O (caught before the page in Electron), and the same chord in the page.
  useEffect(() => {
    const off = window.showcase.on('operator:open', show);
    const onKey = (e: KeyboardEvent) => {
      if (!isOperatorChord(e)) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, [show]);

  const onHotspot = (e: React.PointerEvent) => {
    if (!e.isPrimary && e.pointerType === 'touch') return;
    const result = addTap(taps.current, performance.now());
    taps.current = result.taps;
    if (result.complete) show();
  };

  // Invisible: the first four taps look like any other touch (and count as one).
  if (!open)
    return (
      <div className="operator-hotspot" data-testid="operator-hotspot" aria-hidden="true" onPointerDown={onHotspot} />
    );
  return DialogView ? <DialogView deck={deck} state={state} onClose={hide} /> : null;
}
