import type { CSSProperties, JSX } from 'react';
import { motion } from '../animation';
import { formatNumber } from '../../../shared/format';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { rise, stagger } from './reveal';

/** A staircase of steps (e.g. going out → going in → going up), each higher than the last. */
export function StepsSlide({ slide, t, locale, orientation, thumbnail }: SlideProps<'steps'>): JSX.Element {
  const n = slide.steps.length;
  return (
    <SlideFrame kind="steps" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <motion.h1 id={hid} className="s-headline" variants={rise}>
            {t(slide.title)}
          </motion.h1>
          <motion.p className="s-intro" variants={rise}>
            {t(slide.intro)}
          </motion.p>
          <motion.ol className="s-steps" variants={stagger} style={{ '--n': n } as CSSProperties}>
            {slide.steps.map((step, i) => (
              <motion.li key={i} className="s-step" variants={rise} style={{ '--i': i } as CSSProperties}>
                <span className="s-step__index" aria-hidden="true">
                  {formatNumber(i + 1, locale)}
                </span>
                <p className="s-step__label">{t(step.label)}</p>
                <p className="s-step__caption">{t(step.caption)}</p>
              </motion.li>
            ))}
          </motion.ol>
        </>
      )}
    </SlideFrame>
  );
}
