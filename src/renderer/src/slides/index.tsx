import type { JSX } from 'react';
import type { SlideProps } from './slide-props';
import { TitleSlide } from './title-slide';
import { AwardSlide } from './award-slide';
import { StatisticsSlide } from './statistics-slide';
import { StepsSlide } from './steps-slide';
import { MapSlide } from './map-slide';
import { StorySlide } from './story-slide';
import { ClosingSlide } from './closing-slide';
import '../styles/slides.css';

export type { SlideProps } from './slide-props';
export { Visual } from './visual';

/**
 * Renders one slide record with the component for its type. Returns an element whose own
 * render picks the component, so a record that cannot be rendered throws inside the
 * caller's error boundary (a direct switch here would throw in the caller's render, above
 * its boundary, and take the whole view down).
 */
export function renderSlide(props: SlideProps): JSX.Element {
  return <SlideByType {...props} />;
}

/**
 * The component for a slide's type. Adding a slide type to the schema without a branch
 * here fails type-checking (`never`); an unknown type at run time throws.
 */
function SlideByType(props: SlideProps): JSX.Element {
  const { slide } = props;
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
      return <MapSlide {...props} slide={slide} />;
    case 'story':
      return <StorySlide {...props} slide={slide} />;
    case 'closing':
      return <ClosingSlide {...props} slide={slide} />;
    default: {
      // Exhaustive at compile time; at run time name only the type: the whole record would
      // be too long for main's report (messages are capped) and the report would be refused.
      const unknown: never = slide;
      throw new Error(`unknown slide type "${String((unknown as { type?: unknown }).type)}"`);
    }
  }
}
