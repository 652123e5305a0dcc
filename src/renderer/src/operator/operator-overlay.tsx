import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../../shared/content';
import type { DeckState } from '../../../shared/deck';
import { addTap, isOperatorChord } from './gesture';
import { OperatorPanel } from './operator-panel';
import { say } from './operator-text';
import { PinPad } from './pin-pad';
import '../styles/operator.css';

export interface OperatorOverlayProps {
  deck: Deck;
  state: DeckState;
}

type View = { kind: 'hidden' } | { kind: 'pin'; notice: string | null } | { kind: 'panel'; pinSet: boolean };

/** Left alone this long, the overlay closes (and locks) so visitors never find it open. */
const PIN_IDLE_MS = 60_000;
const PANEL_IDLE_MS = 3 * 60_000;
/** Events the overlay keeps from the visitor input listeners on `window` while it is open. */
const ISOLATED = ['keydown', 'keyup', 'pointerdown', 'pointerup', 'click', 'wheel'] as const;

/**
 * The operator's way in: five taps in the top-start corner within 3 s, Ctrl+Alt+Shift+O, or
 * main's `operator:open` event. A PIN checked in main, then the operator panel.
 * While open, it owns the keyboard and its own pointer events: operating the kiosk is not a
 * visitor session, so nothing reaches the visitor input (no takeover, no touch counted).
 */
export function OperatorOverlay({ deck, state }: OperatorOverlayProps) {
  const [view, setView] = useState<View>({ kind: 'hidden' });
  const taps = useRef<number[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const pinKeys = useRef<((e: KeyboardEvent) => void) | null>(null);
  const open = view.kind !== 'hidden';

  const show = useCallback(() => setView((v) => (v.kind === 'hidden' ? { kind: 'pin', notice: null } : v)), []);
  const close = useCallback(() => {
    setView({ kind: 'hidden' });
    void window.showcase.lockOperator().catch(() => undefined);
  }, []);
  const unlocked = useCallback((pinSet: boolean) => setView({ kind: 'panel', pinSet }), []);
  const relocked = useCallback(() => setView({ kind: 'pin', notice: say('panelRelocked') }), []);

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

  // Open: keyboard and pointer events stop at `document`, after React has seen them and before
  // the visitor input listeners on `window`. Idle time closes the overlay.
  useEffect(() => {
    if (!open) return;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const restartIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(close, view.kind === 'panel' ? PANEL_IDLE_MS : PIN_IDLE_MS);
    };
    const isolate = (e: Event) => {
      const inside = e.target instanceof Node && root.current?.contains(e.target);
      if (e.type === 'keydown' || e.type === 'keyup' || inside) e.stopPropagation();
      if (e.type === 'keydown' && !(e as KeyboardEvent).repeat) pinKeys.current?.(e as KeyboardEvent);
      if (e.type === 'keydown' || e.type === 'pointerdown') restartIdle();
    };
    for (const type of ISOLATED) document.addEventListener(type, isolate);
    restartIdle();
    root.current?.focus();
    return () => {
      clearTimeout(idle);
      for (const type of ISOLATED) document.removeEventListener(type, isolate);
    };
  }, [open, view.kind, close]);

  const onHotspot = (e: React.PointerEvent) => {
    if (!e.isPrimary && e.pointerType === 'touch') return;
    const result = addTap(taps.current, performance.now());
    taps.current = result.taps;
    if (result.complete) show();
  };

  return (
    <>
      {/* Invisible: the first four taps look like any other touch (and count as one). */}
      {!open && (
        <div className="operator-hotspot" data-testid="operator-hotspot" aria-hidden="true" onPointerDown={onHotspot} />
      )}
      {open && (
        <div
          ref={root}
          className="operator-overlay"
          data-testid="operator-overlay"
          role="dialog"
          aria-modal="true"
          aria-labelledby="operator-title"
          tabIndex={-1}
          lang="en"
          dir="ltr"
        >
          {view.kind === 'pin' ? (
            <PinPad onUnlocked={unlocked} onCancel={close} notice={view.notice} keyHandlerRef={pinKeys} />
          ) : (
            <OperatorPanel
              deck={deck}
              state={state}
              pinSet={view.pinSet}
              keyHandlerRef={pinKeys}
              onClose={close}
              onLocked={relocked}
            />
          )}
        </div>
      )}
    </>
  );
}
