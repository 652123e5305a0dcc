/**
 * The slide types after the title, one chunk (issue 19): slide 1 of the bundled deck is a title
 * slide, so none of this is on the first slide's path. Loaded by lazy-chunks.ts.
 */
export { AwardSlide } from './award-slide';
export { StatisticsSlide } from './statistics-slide';
export { StepsSlide } from './steps-slide';
export { StorySlide } from './story-slide';
export { ClosingSlide } from './closing-slide';
export { VideoSlide } from './video-slide';
