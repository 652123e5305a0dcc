import { useEffect, useState } from 'react';
import type { Deck } from '../../../shared/content';
import { LocaleOptions } from './locale-options';
import type { PresenterStrings } from './presenter-strings';
import { stopKeys } from './stop-keys';

interface Props {
  deck: Deck;
  labels: PresenterStrings;
  blackout: boolean;
  /** The presenter's own language, and whether they picked it (null: the PC's languages). */
  own: string;
  onLanguage: (locale: string) => void;
  onGrid: () => void;
  onBlackout: () => void;
  onEnd: () => void;
  /** Whether the audience screen shows the visitor controls; undefined when main offers no switch. */
  visitorControls?: 'shown' | 'hidden';
  onVisitorControls?: (shown: boolean) => void;
  /** Swaps the windows between displays; resolves false when there is nothing to swap (one display). */
  onSwapDisplays?: () => Promise<boolean>;
  /** Opens the operator's PIN pad in this window; absent when the overlay has no way to be asked. */
  onOperator?: () => void;
}

/** How long "End show" waits for its confirmation before it turns back. */
const CONFIRM_MS = 6000;

/**
 * The presenter's actions, every one a labelled button at least 44 px tall: all slides, black
 * screen, End show (with a confirmation: it takes the room back to the first slide), the visitor
 * controls on the audience screen, swap displays, the operator, and the dashboard's own language.
 */
export function PresenterToolbar(props: Props) {
  const { deck, labels, blackout, own, onLanguage } = props;
  const [confirming, setConfirming] = useState(false);
  const [swapRefused, setSwapRefused] = useState(false);
  useEffect(() => {
    if (!confirming) return;
    const id = setTimeout(() => setConfirming(false), CONFIRM_MS);
    return () => clearTimeout(id);
  }, [confirming]);
  useEffect(() => {
    if (!swapRefused) return;
    const id = setTimeout(() => setSwapRefused(false), CONFIRM_MS);
    return () => clearTimeout(id);
  }, [swapRefused]);
  const swap = props.onSwapDisplays;

  return (
    <nav className="p-toolbar" aria-label={labels.presenterView} data-testid="presenter-toolbar">
      <div className="p-toolbar__group">
        <button type="button" className="p-tool" data-testid="open-slide-grid" onClick={props.onGrid}>
          <GridIcon />
          {labels.allSlides}
        </button>
        <button
          type="button"
          className="p-tool p-tool--black"
          data-testid="blackout-button"
          aria-pressed={blackout}
          onClick={props.onBlackout}
        >
          <span className="p-tool__swatch" aria-hidden="true" />
          {blackout ? labels.showSlide : labels.blackScreen}
        </button>
        {confirming ? (
          <span className="p-toolbar__confirm" role="group" aria-label={labels.endShow}>
            <button
              type="button"
              className="p-tool p-tool--danger"
              data-testid="end-confirm"
              onClick={() => {
                setConfirming(false);
                props.onEnd();
              }}
            >
              {labels.endConfirm}
            </button>
            <button type="button" className="p-tool" data-testid="end-cancel" onClick={() => setConfirming(false)}>
              {labels.cancel}
            </button>
          </span>
        ) : (
          <button type="button" className="p-tool" data-testid="end-show" onClick={() => setConfirming(true)}>
            {labels.endShow}
          </button>
        )}
      </div>
      <div className="p-toolbar__group p-toolbar__group--end">
        {props.visitorControls && props.onVisitorControls && (
          <button
            type="button"
            className="p-tool"
            data-testid="visitor-controls-toggle"
            data-visitor-controls={props.visitorControls}
            onClick={() => props.onVisitorControls?.(props.visitorControls === 'hidden')}
          >
            {props.visitorControls === 'hidden' ? labels.showVisitorControls : labels.hideVisitorControls}
          </button>
        )}
        {swap && (
          <button
            type="button"
            className="p-tool"
            data-testid="swap-displays"
            onClick={() => void swap().then((ok) => setSwapRefused(!ok))}
          >
            {labels.swapDisplays}
          </button>
        )}
        {swapRefused && (
          <p className="p-toolbar__notice" role="status" data-testid="swap-refused">
            {labels.swapOneDisplay}
          </p>
        )}
        {props.onOperator && (
          <button type="button" className="p-tool" data-testid="open-operator" onClick={props.onOperator}>
            {labels.operator}
          </button>
        )}
        <label className="p-toolbar__language">
          <span className="p-label">{labels.presenterLanguage}</span>
          <select
            className="p-select"
            data-testid="presenter-language"
            value={own}
            onKeyDown={stopKeys}
            onChange={(e) => onLanguage(e.target.value)}
          >
            <LocaleOptions deck={deck} />
          </select>
        </label>
      </div>
    </nav>
  );
}

const GridIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" className="p-icon">
    <path d="M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z" fill="currentColor" />
  </svg>
);
