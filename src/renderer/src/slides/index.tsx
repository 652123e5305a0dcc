import { lazy, Suspense, useEffect, useState, type JSX } from 'react';
import type { SlideProps } from './slide-props';
import { TitleSlide } from './title-slide';
import {
  laterSlidesLoaded,
  loadLaterSlides,
  loadMapSlide,
  prefetchAfterFirstPaint,
  type LaterSlides,
} from './lazy-chunks';
import { SlideMediaProvider } from './slide-media';
import '../styles/slides';

export type { SlideProps } from './slide-props';

/**
 * Whether a slide type's code is in the first chunk, so it renders without fetching any: the
 * title. Every other type is a chunk of its own (lazy-chunks.ts). Main's first view draws only these.
 */
export const inFirstChunk = (type: SlideProps['slide']['type']): boolean => type === 'title';

// The map slide is a chunk of its own (d3-geo, topojson-client): slide 1 never waits for it, and
// it is prefetched once the first slide is painted (see lazy-chunks.ts).
const MapSlide = lazy(() => loadMapSlide().then((m) => ({ default: m.MapSlide })));

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
function SlideByType(props: SlideProps): JSX.Element | null {
  const { slide } = props;
  // Effects run after the commit; prefetchAfterFirstPaint waits two frames more for the paint.
  useEffect(prefetchAfterFirstPaint, []);
  const later = useLaterSlides(!inFirstChunk(slide.type) && slide.type !== 'map');
  // While a slide's code is still on its way: an empty, busy slide (what tests and assistive
  // technology wait on), never a half-drawn one.
  const pending = <div className="slide-pending" aria-busy="true" />;
  switch (slide.type) {
    case 'title':
      return <TitleSlide {...props} slide={slide} />;
    case 'map':
      // Suspends only if the prefetch has not landed yet (a map slide shown first, a reload on it).
      return (
        <Suspense fallback={pending}>
          <MapSlide {...props} slide={slide} />
        </Suspense>
      );
    case 'award':
      return later ? <later.AwardSlide {...props} slide={slide} /> : pending;
    case 'statistics':
      return later ? <later.StatisticsSlide {...props} slide={slide} /> : pending;
    case 'steps':
      return later ? <later.StepsSlide {...props} slide={slide} /> : pending;
    case 'story':
      return later ? <later.StorySlide {...props} slide={slide} /> : pending;
    case 'closing':
      return later ? <later.ClosingSlide {...props} slide={slide} /> : pending;
    case 'video':
      return later ? <later.VideoSlide {...props} slide={slide} /> : pending;
    default: {
      // Exhaustive at compile time; at run time name only the type: the whole record would
      // be too long for main's report (messages are capped) and the report would be refused.
      const unknown: never = slide;
      throw new Error(`unknown slide type "${String((unknown as { type?: unknown }).type)}"`);
    }
  }
}

/**
 * The slide types after the title (issue 19: not on the first slide's path). Normally the
 * after-first-paint prefetch has them long before they are due; otherwise this loads them and
 * renders again. Held in state, not behind Suspense: Suspense reveals resolved content on a timer
 * that a paused page clock or a starved kiosk PC holds back. A failed load throws in render, so
 * the slide's error boundary reports it and the loop goes on.
 */
function useLaterSlides(needed: boolean): LaterSlides | null {
  const [later, setLater] = useState(laterSlidesLoaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (!needed || later) return;
    let live = true;
    loadLaterSlides().then(
      (loaded) => live && setLater(() => loaded),
      (error: unknown) => live && setFailure(() => error ?? new Error('the slides chunk did not load')),
    );
    return () => {
      live = false;
    };
  }, [needed, later]);
  if (needed && failure) throw failure;
  return later ?? null;
}
