import type { JSX } from 'react';
import { motion } from '../animation';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { rise } from './reveal';
import { StatList } from './stat-list';

/** Figures from the source, counting up, with a title, an optional intro and footnote. */
export function StatisticsSlide({ slide, t, locale, orientation, thumbnail }: SlideProps<'statistics'>): JSX.Element {
  return (
    <SlideFrame kind="statistics" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <motion.h1 id={hid} className="s-headline" variants={rise}>
            {t(slide.title)}
          </motion.h1>
          {slide.intro ? (
            <motion.p className="s-intro" variants={rise}>
              {t(slide.intro)}
            </motion.p>
          ) : null}
          <StatList className="s-stats--grid" stats={slide.stats} locale={locale} t={t} thumbnail={thumbnail} />
          {slide.footnote ? (
            <motion.p className="s-footnote" variants={rise}>
              {t(slide.footnote)}
            </motion.p>
          ) : null}
        </>
      )}
    </SlideFrame>
  );
}
