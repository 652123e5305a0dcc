import type { JSX } from 'react';
import { motion } from '../animation';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { bloom, rise, stagger } from './reveal';
import { Visual } from './visual';

/** The award: its picture (the medal), the award's name in gold, and the points that matter. */
export function AwardSlide({ slide, deck, t, orientation, thumbnail, mediaBase }: SlideProps<'award'>): JSX.Element {
  return (
    <SlideFrame kind="award" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <motion.div className="s-award__visual" variants={bloom}>
            <Visual visual={slide.visual} t={t} mediaBase={mediaBase} missingText={t(deck.ui.imageMissing)} />
          </motion.div>
          <motion.div className="s-award__text" variants={stagger}>
            <motion.h1 id={hid} className="s-headline" variants={rise}>
              {t(slide.title)}
            </motion.h1>
            <motion.p className="s-award__name" variants={rise}>
              {t(slide.awardName)}
            </motion.p>
            <motion.ul className="s-points" variants={stagger}>
              {slide.points.map((point, i) => (
                <motion.li key={i} className="s-point" variants={rise}>
                  {t(point)}
                </motion.li>
              ))}
            </motion.ul>
          </motion.div>
        </>
      )}
    </SlideFrame>
  );
}
