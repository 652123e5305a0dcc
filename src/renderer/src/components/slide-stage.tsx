import { motion } from '../animation';
import type { Deck, Slide } from '../../../shared/content';
import { slideTitle } from '../../../shared/content/slide-title';
import { renderSlide } from '../slides';
import { SlideErrorBoundary } from './slide-error-boundary';
import { useBenchFault } from '../bench-faults';
import { pageMediaBase } from '../media-base';

interface Props {
  slide: Slide;
  deck: Deck;
  locale: string;
  t: (text: Record<string, string>) => string;
  orientation: 'landscape' | 'portrait';
  onError: (slideId: string, message: string) => void;
  thumbnail?: boolean;
}

/**
 * One slide on the stage. It does not move or fade as a whole: its content reveals itself piece by
 * piece and leaves the same way (reveal.ts, `shown` / `gone`), each piece on a small compositor
 * layer, while the backdrop stays still. Fading the full-screen slide made Chromium blend a
 * full-screen offscreen surface on every frame of the exit: 30–45 ms a frame on a software
 * compositor (issue 19, docs/performance.md). It stays a motion element so AnimatePresence
 * keeps it until the content's exit has finished.
 */
export function SlideStage({ slide, deck, locale, t, orientation, onError, thumbnail }: Props) {
  useBenchFault(slide.id); // no-op outside `npm run bench -- --fault …` builds (see bench-faults.ts)
  return (
    <motion.section
      className={`slide slide-${slide.type}`}
      data-testid="slide"
      data-slide-id={slide.id}
      aria-label={t(slideTitle(slide))}
    >
      <SlideErrorBoundary slideId={slide.id} onError={onError}>
        {renderSlide({ slide, deck, locale, t, orientation, mediaBase: pageMediaBase(), thumbnail })}
      </SlideErrorBoundary>
    </motion.section>
  );
}
