import type { JSX } from 'react';
import { motion } from '../animation';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { bloom, rise, stagger } from './reveal';
import { StatList } from './stat-list';
import { Visual } from './visual';

/** A story: a picture with its caption, a title, a short text and up to two figures. */
export function StorySlide({
  slide,
  deck,
  t,
  locale,
  orientation,
  thumbnail,
  mediaBase,
}: SlideProps<'story'>): JSX.Element {
  return (
    <SlideFrame kind="story" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <motion.h1 id={hid} className="s-headline" variants={rise}>
            {t(slide.title)}
          </motion.h1>
          <motion.figure className="s-story__figure" variants={bloom}>
            <Visual visual={slide.visual} t={t} mediaBase={mediaBase} missingText={t(deck.ui.imageMissing)} />
            <figcaption className="s-caption">{t(slide.caption)}</figcaption>
          </motion.figure>
          <motion.div className="s-story__text" variants={stagger}>
            <motion.p className="s-body" variants={rise}>
              {t(slide.body)}
            </motion.p>
            {slide.stats.length > 0 ? (
              <StatList className="s-stats--row" stats={slide.stats} locale={locale} t={t} thumbnail={thumbnail} />
            ) : null}
          </motion.div>
        </>
      )}
    </SlideFrame>
  );
}
