import { lazy, Suspense, useEffect, type JSX } from 'react';
import type { SlideProps } from './slide-props';
import { TitleSlide } from './title-slide';
import { AwardSlide } from './award-slide';
import { StatisticsSlide } from './statistics-slide';
import { StepsSlide } from './steps-slide';
import { loadMapSlide, prefetchAfterFirstPaint } from './lazy-chunks';
import { StorySlide } from './story-slide';
import { ClosingSlide } from './closing-slide';
import { VideoSlide } from './video-slide';
import { SlideMediaProvider } from './slide-media';
import '../styles/slides';

export type { SlideProps } from './slide-props';

// The map slide is a chunk of its own (d3-geo, topojson-client): slide 1 never waits for it, and
// it is prefetched once the first slide is painted (see lazy-chunks.ts).
const MapSlide = lazy(() => loadMapSlide().then((m) => ({ default: m.MapSlide })));
export { Visual } from './visual';

/**
 * Renders one slide record with the component for its type. Returns an element whose own
 * render picks the component, so a record that cannot be rendered throws inside the
 * caller's error boundary (a direct switch here would throw in the caller's render, above
 * its boundary, and take the whole view down).
 */
export function renderSlide(props: SlideProps): JSX.Element {
  // The provider gives films their caption language and their end report (slide-media.tsx).
  return (
    <SlideMediaProvider slide={props.slide} deck={props.deck} locale={props.locale} thumbnail={props.thumbnail}>
      <SlideByType {...props} />
    </SlideMediaProvider>
  );
}

/**
 * The component for a slide's type. Adding a slide type to the schema without a branch
 * here fails type-checking (`never`); an unknown type at run time throws.
 */
function SlideByType(props: SlideProps): JSX.Element {
  const { slide } = props;
  // Effects run after the commit; prefetchAfterFirstPaint waits two frames more for the paint.
  useEffect(prefetchAfterFirstPaint, []);
  switch (slide.type) {
    case 'title':
      return <TitleSlide {...props} slide={slide} />;
    case 'award':
      return <AwardSlide {...props} slide={slide} />;
    case 'statistics':
      return <StatisticsSlide {...props} slide={slide} />;
    case 'steps':
      return <StepsSlide {...props} slide={slide} />;
    case 'map':
      // Suspends only if the prefetch has not landed yet (a map slide shown first, a reload on it).
      return (
        <Suspense fallback={null}>
          <MapSlide {...props} slide={slide} />
        </Suspense>
      );
    case 'story':
      return <StorySlide {...props} slide={slide} />;
    case 'closing':
      return <ClosingSlide {...props} slide={slide} />;
    case 'video':
      return <VideoSlide {...props} slide={slide} />;
    default: {
      // Exhaustive at compile time; at run time name only the type: the whole record would
      // be too long for main's report (messages are capped) and the report would be refused.
      const unknown: never = slide;
      throw new Error(`unknown slide type "${String((unknown as { type?: unknown }).type)}"`);
    }
  }
}
