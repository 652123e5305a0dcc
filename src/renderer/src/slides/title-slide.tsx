import type { JSX } from 'react';
import { motion } from '../animation';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { rise } from './reveal';

/** Attract / title slide: kicker, a very large headline, a subline. */
export function TitleSlide({ slide, t, orientation, thumbnail }: SlideProps<'title'>): JSX.Element {
  return (
    <SlideFrame kind="title" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <Orbits />
          <div className="s-title__body">
            <motion.p className="s-kicker" variants={rise}>
              {t(slide.kicker)}
            </motion.p>
            <motion.h1 id={hid} className="s-title__headline" variants={rise}>
              {t(slide.headline)}
            </motion.h1>
            <motion.div className="s-rule" variants={rise} aria-hidden="true" />
            <motion.p className="s-title__subline" variants={rise}>
              {t(slide.subline)}
            </motion.p>
          </div>
        </>
      )}
    </SlideFrame>
  );
}

/** Decorative orbit lines behind the headline (no content, hidden from assistive tech). */
function Orbits(): JSX.Element {
  return (
    <svg className="s-title__orbits" viewBox="0 0 400 400" aria-hidden="true" focusable="false" data-backdrop="true">
      <ellipse cx="200" cy="200" rx="190" ry="70" transform="rotate(-20 200 200)" />
      <ellipse cx="200" cy="200" rx="150" ry="150" />
      <ellipse cx="200" cy="200" rx="190" ry="110" transform="rotate(24 200 200)" />
      <circle className="s-title__spark" cx="372" cy="132" r="6" />
    </svg>
  );
}
