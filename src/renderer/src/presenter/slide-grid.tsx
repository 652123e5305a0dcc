import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Deck } from '../../../shared/content';
import { directionOf } from '../../../shared/content/localized';
import { slideTitle } from '../../../shared/content/slide-title';
import type { PresenterStrings } from './presenter-strings';
import { SlideMiniature } from './slide-miniature';

interface Props {
  deck: Deck;
  /** The audience's language: the miniatures and titles show what the room would see. */
  locale: string;
  current: number;
  labels: PresenterStrings;
  /** The presenter's own language, for the numbers. */
  own: string;
  t: (text: Record<string, string>) => string;
  onJump: (index: number) => void;
  onClose: () => void;
  onError: (slideId: string, message: string) => void;
}

/**
 * Every slide as a miniature to jump to (PowerPoint's "See all slides"): a modal over the
 * presenter's dashboard only — the audience keeps seeing the current slide until a jump.
 * Escape or Close leaves it; a chosen slide goes to main as a `goto` and closes it.
 */
export function SlideGrid({ deck, locale, current, labels, own, t, onJump, onClose, onError }: Props) {
  const currentButton = useRef<HTMLButtonElement>(null);
  useEffect(() => currentButton.current?.focus(), []);
  const number = new Intl.NumberFormat(own, { useGrouping: false });
  const rtl = directionOf(locale) === 'rtl';

  // Keys here are the grid's (Tab, Enter, Escape): none reaches the deck's key navigation.
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <div
      className="p-grid"
      role="dialog"
      aria-modal="true"
      aria-labelledby="p-grid-title"
      data-testid="slide-grid"
      onKeyDown={onKeyDown}
      // Clicks and taps in the grid are the presenter's, not a swipe on the deck.
      onPointerDown={(e) => e.stopPropagation()}
      onPointerUp={(e) => e.stopPropagation()}
    >
      <header className="p-grid__head">
        <h2 className="p-grid__title" id="p-grid-title">
          {labels.allSlides}
        </h2>
        <button type="button" className="p-tool" data-testid="slide-grid-close" onClick={onClose}>
          {labels.close}
        </button>
      </header>
      <ol className="p-grid__list">
        {deck.slides.map((slide, i) => (
          <li key={slide.id}>
            <button
              type="button"
              ref={i === current ? currentButton : undefined}
              className="p-grid__item"
              data-testid="slide-grid-item"
              data-slide-id={slide.id}
              aria-current={i === current ? 'true' : undefined}
              onClick={() => onJump(i)}
            >
              <SlideMiniature
                slide={slide}
                deck={deck}
                locale={locale}
                rtl={rtl}
                t={t}
                testId={`grid-slide-${i}`}
                onError={onError}
              />
              <span className="p-grid__caption">
                <span className="p-grid__number" dir="ltr">
                  {number.format(i + 1)}
                </span>
                <span className="p-grid__name" lang={locale} dir={directionOf(locale)}>
                  {t(slideTitle(slide))}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
