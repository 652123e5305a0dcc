import type { JSX } from 'react';
import { assertNever } from '../../../shared/assert-never';
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
 * Renders one slide record with the component for its type. Adding a slide type to the
 * schema without a branch here fails type-checking (assertNever).
 */
export function renderSlide(props: SlideProps): JSX.Element {
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
    default:
      return assertNever(slide);
  }
}
