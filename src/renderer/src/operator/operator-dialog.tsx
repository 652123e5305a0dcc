import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Deck } from '../../../shared/content';
import type { DeckState } from '../../../shared/deck';
import { OperatorPanel } from './operator-panel';
import { say } from './operator-text';
import { PinPad } from './pin-pad';
import '../styles/operator.css';

export interface OperatorDialogProps {
  deck: Deck;
  state: DeckState;
  /** The dialog closed (cancelled, locked, or left idle): the trigger hides it. */
  onClose: () => void;
}

type View = { kind: 'pin'; notice: string | null } | { kind: 'panel'; pinSet: boolean };

/** Left alone this long, the overlay closes (and locks) so visitors never find it open. */
const PIN_IDLE_MS = 60_000;
const PANEL_IDLE_MS = 3 * 60_000;
/** Events the overlay keeps from the visitor input listeners on `window` while it is open. */
const ISOLATED = ['keydown', 'keyup', 'pointerdown', 'pointerup', 'click', 'wheel'] as const;

/**
 * The open operator overlay: a PIN checked in main, then the operator panel. Its own chunk
 * (issue 19), mounted by {@link OperatorOverlay} once the gesture, the chord or main's event asks.
 * While mounted it owns the keyboard and its own pointer events: operating the kiosk is not a
 * visitor session, so nothing reaches the visitor input (no takeover, no touch counted).
 */
export function OperatorDialog({ deck, state, onClose }: OperatorDialogProps) {
  const [view, setView] = useState<View>({ kind: 'pin', notice: null });
  const root = useRef<HTMLDivElement>(null);
  const pinKeys = useRef<((e: KeyboardEvent) => void) | null>(null);

  const close = useCallback(() => {
    onClose();
    void window.showcase.lockOperator().catch(() => undefined);
  }, [onClose]);
  const unlocked = useCallback((pinSet: boolean) => setView({ kind: 'panel', pinSet }), []);
  const relocked = useCallback(() => setView({ kind: 'pin', notice: say('panelRelocked') }), []);

  // Keyboard and pointer events stop at `document`, after React has seen them and before the
  // visitor input listeners on `window`. Idle time closes the overlay. A layout effect, so the
  // listeners are there before the pad is painted: no key typed at once is lost.
  useLayoutEffect(() => {
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
  }, [view.kind, close]);

  return (
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
  );
}
