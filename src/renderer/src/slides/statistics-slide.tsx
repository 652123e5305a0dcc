import type { JSX } from 'react';
import { motion } from '../animation';
import type { Stat } from '../../../shared/content';
import { formatStat } from '../../../shared/format';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { rise, stagger } from './reveal';
import { CountUp } from './count-up';
import { hasTally, ShareChart, Tally } from './figure-scales';

/**
 * The figures as heroes. Landscape: one row (wrapping only if the language needs it) of figures
 * ≥ 160 px. Portrait: stacked two to a row, long figures across the column, the rows sharing
 * its height. A small exact count gets a tally; a share the pack names gets a unit chart.
 */
export function StatisticsSlide({ slide, t, locale, orientation, thumbnail }: SlideProps<'statistics'>): JSX.Element {
  const spans = portraitSpans(slide.stats.map((s) => formatStat(s, locale)));
  const share = shareOf(slide.stats, slide.share);
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
          <motion.ul variants={stagger} className="s-heroes" data-count={slide.stats.length}>
            {slide.stats.map((stat, i) => (
              <motion.li className="s-hero" variants={rise} key={`${i}-${locale}`} data-span={spans[i]}>
                <span className="s-hero__figure">
                  {/* The final figure, invisible, holds the width so nothing moves while counting. */}
                  <span className="s-hero__sizer" aria-hidden="true">
                    {formatStat(stat, locale)}
                  </span>
                  <CountUp
                    className="s-stat__value"
                    stat={stat}
                    locale={locale}
                    thumbnail={thumbnail}
                    delay={0.2 + i * 0.1}
                  />
                </span>
                <span className="s-stat__label">{t(stat.label)}</span>
                {hasTally(stat) ? <Tally value={stat.value} /> : null}
              </motion.li>
            ))}
          </motion.ul>
          {share ? (
            <motion.div className="s-share-box" variants={rise}>
              <ShareChart part={share.part} whole={share.whole} orientation={orientation} />
            </motion.div>
          ) : null}
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

/** Longest figure (in characters) that shares a portrait row with another. */
const PAIR_MAX_CHARS = 4;

/**
 * Portrait columns per figure: 2 (across the column) for a long figure, and for a short one
 * that would otherwise stand alone in its row; 1 for two short ones side by side.
 */
export function portraitSpans(texts: string[]): Array<1 | 2> {
  const wide = texts.map((s) => s.length > PAIR_MAX_CHARS);
  const spans: Array<1 | 2> = [];
  for (let i = 0; i < texts.length; i++) {
    const pairs = !wide[i] && i + 1 < texts.length && !wide[i + 1];
    if (pairs) {
      spans.push(1, 1);
      i++;
    } else spans.push(2);
  }
  return spans;
}

/** The share to draw: whole numbers, the part no larger than the whole, at most 120 dots. */
function shareOf(stats: readonly Stat[], share: { part: number; of: number } | undefined) {
  if (!share) return null;
  const part = stats[share.part]?.value;
  const whole = stats[share.of]?.value;
  if (part === undefined || whole === undefined || share.part === share.of) return null;
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part > whole || whole > 120) return null;
  return { part, whole };
}
