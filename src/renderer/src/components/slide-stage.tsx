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
  rtl: boolean;
  onError: (slideId: string, message: string) => void;
  thumbnail?: boolean;
}


/** One slide with its enter/exit motion (transform + opacity), mirrored for right-to-left. */
export function SlideStage({ slide, deck, locale, t, orientation, rtl, onError, thumbnail }: Props) {
  useBenchFault(slide.id); // no-op outside `npm run bench -- --fault …` builds (see bench-faults.ts)
  const shift = rtl ? -1 : 1;
  return (
    <motion.section
      className={`slide slide-${slide.type}`}
      data-testid="slide"
      data-slide-id={slide.id}
      aria-label={t(slideTitle(slide))}
      initial={{ opacity: 0, x: `${4 * shift}%` }}
      animate={{ opacity: 1, x: 0 }}
      exit={{ opacity: 0, x: `${-4 * shift}%` }}
      transition={{ duration: 0.5, ease: [0.22, 1, 0.36, 1] }}
    >
      <SlideErrorBoundary slideId={slide.id} onError={onError}>
        {renderSlide({ slide, deck, locale, t, orientation, mediaBase: pageMediaBase(), thumbnail })}
      </SlideErrorBoundary>
    </motion.section>
  );
}
