import { useId, type JSX, type ReactNode } from 'react';
import { motion } from '../animation';
import { revealProps, useStill } from './reveal';

interface SlideFrameProps {
  /** Slide type, for the `s-slide--<type>` class. */
  kind: string;
  orientation: 'landscape' | 'portrait';
  thumbnail?: boolean;
  /** Renders the content; receives the id the heading must carry. */
  children: (headingId: string) => ReactNode;
}

/**
 * The root every slide shares: the stage background, orientation hook for the stylesheet,
 * a landmark named by the slide's heading, and the staggered reveal of its children.
 */
export function SlideFrame({ kind, orientation, thumbnail, children }: SlideFrameProps): JSX.Element {
  const headingId = useId();
  // Reduced motion shows the slide settled at once, as thumbnails are: the reveal animates whole
  // `transform` strings (compositor-run), which motion's reduced mode would not hold still.
  const still = useStill();
  return (
    <motion.section
      className={`s-slide s-slide--${kind}`}
      data-orientation={orientation}
      data-slide-type={kind}
      aria-labelledby={headingId}
      {...revealProps(thumbnail === true || still)}
    >
      {children(headingId)}
    </motion.section>
  );
}
