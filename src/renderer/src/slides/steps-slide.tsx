import { useRef, type CSSProperties, type JSX } from 'react';
import { motion, type Variants } from '../animation';
import { formatNumber } from '../../../shared/format';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { rise } from './reveal';
import { journeyGeometry } from './journey-path';
import { useSize } from './use-size';

/** Seconds the path takes to draw itself; each step's name rises as the path reaches it. */
const DRAW_SECONDS = 1.6;
const DRAW_DELAY = 0.35;

/*
 * The path draws itself through `pathLength` (stroke-dashoffset): a drawn path, the one
 * animation besides transform and opacity the slides allow. Everything else fades or rises.
 */
const draw: Variants = {
  hidden: { pathLength: 0 },
  shown: { pathLength: 1, transition: { duration: DRAW_SECONDS, delay: DRAW_DELAY, ease: [0.45, 0, 0.2, 1] } },
};
const fade = (delay: number): Variants => ({
  hidden: { opacity: 0 },
  shown: { opacity: 1, transition: { duration: 0.6, delay } },
});
/** A step's name rises when the path arrives at its tread (`custom`: how far along, 0–1). */
const arrive: Variants = {
  hidden: rise.hidden,
  shown: (along: number) => ({
    opacity: 1,
    transform: 'translateY(0px)',
    transition: { duration: 0.55, ease: [0.22, 1, 0.36, 1], delay: DRAW_DELAY + DRAW_SECONDS * along },
  }),
};
/** Passes the reveal on to the drawing and the steps, which keep their own timing. */
const relay: Variants = { hidden: {}, shown: {} };

/**
 * The plan as one journey: a path that climbs (a staircase in landscape, a switchback up the
 * column in portrait) and draws itself, each step named where it stands. A step's caption shows
 * only if the pack gives one (the bundled deck gives none: the source names the steps, no more).
 */
export function StepsSlide({ slide, t, locale, orientation, thumbnail }: SlideProps<'steps'>): JSX.Element {
  const n = slide.steps.length;
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(box);
  const shape = orientation === 'portrait' ? 'switchback' : 'staircase';
  const geo = width > 0 && height > 0 ? journeyGeometry(shape, n, width, height) : null;
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
          <motion.div
            ref={box}
            className="s-journey"
            data-shape={shape}
            variants={relay}
            style={{ '--n': n } as CSSProperties}
          >
            {geo ? (
              <svg
                className="s-journey__drawing"
                viewBox={`0 0 ${width} ${height}`}
                aria-hidden="true"
                focusable="false"
                data-testid="journey-path"
              >
                {geo.fill ? <motion.path className="s-journey__fill" d={geo.fill} variants={fade(0.2)} /> : null}
                <motion.path className="s-journey__path" d={geo.path} variants={draw} />
                <circle className="s-journey__start" cx={geo.start.x} cy={geo.start.y} r="1" />
                <motion.circle
                  className="s-journey__end"
                  cx={geo.end.x}
                  cy={geo.end.y}
                  r="1"
                  variants={fade(DRAW_DELAY + DRAW_SECONDS)}
                />
              </svg>
            ) : null}
            <ol className="s-journey__steps">
              {slide.steps.map((step, i) => (
                <motion.li
                  key={i}
                  className="s-step"
                  custom={(i + 0.5) / n}
                  variants={arrive}
                  style={{ '--i': i } as CSSProperties}
                >
                  <span className="s-step__index" aria-hidden="true">
                    {formatNumber(i + 1, locale)}
                  </span>
                  <p className="s-step__label">{t(step.label)}</p>
                  {step.caption ? <p className="s-step__caption">{t(step.caption)}</p> : null}
                </motion.li>
              ))}
            </ol>
          </motion.div>
        </>
      )}
    </SlideFrame>
  );
}
