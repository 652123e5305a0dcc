import type { JSX } from 'react';
import { motion } from '../animation';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { rise, useStill } from './reveal';

/** The closing slide: a headline and the invitation to touch the screen, with a breathing ring. */
export function ClosingSlide({ slide, t, orientation, thumbnail }: SlideProps<'closing'>): JSX.Element {
  const still = useStill() || thumbnail === true;
  return (
    <SlideFrame kind="closing" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <motion.h1 id={hid} className="s-closing__headline" variants={rise}>
            {t(slide.headline)}
          </motion.h1>
          <motion.div className="s-closing__touch" variants={rise} aria-hidden="true">
            {still ? null : (
              <motion.span
                className="s-closing__ripple"
                data-backdrop="true"
                // A transform string, not `scale`: a compositor animation, no script or paint per frame.
                initial={{ transform: 'scale(0.6)', opacity: 0.7 }}
                animate={{ transform: 'scale(1.8)', opacity: 0 }}
                transition={{ duration: 2.2, repeat: Infinity, ease: 'easeOut' }}
              />
            )}
            <span className="s-closing__dot" />
          </motion.div>
          <motion.p className="s-closing__prompt" variants={rise}>
            {t(slide.prompt)}
          </motion.p>
        </>
      )}
    </SlideFrame>
  );
}
