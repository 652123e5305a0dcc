import { MotionConfig } from '../animation';
import type { Deck, Slide } from '../../../shared/content';
import { renderSlide } from '../slides';
import { SlideErrorBoundary } from './slide-error-boundary';
import { pageMediaBase } from '../media-base';

/**
 * A slide drawn settled (thumbnail mode: no entrance, no count-up, no autoplay), landscape, in
 * `locale`: the presenter's miniatures and the printed handout show the real slide components
 * this way. A slide that throws is left out and reported through `onError`.
 */
export function SettledSlide(props: {
  slide: Slide;
  deck: Deck;
  locale: string;
  t: (text: Record<string, string>) => string;
  onError: (slideId: string, message: string) => void;
}) {
  const { slide, deck, locale, t, onError } = props;
  return (
    <MotionConfig reducedMotion="always">
      <SlideErrorBoundary key={slide.id} slideId={slide.id} onError={onError}>
        {renderSlide({ slide, deck, locale, t, orientation: 'landscape', mediaBase: pageMediaBase(), thumbnail: true })}
      </SlideErrorBoundary>
    </MotionConfig>
  );
}
