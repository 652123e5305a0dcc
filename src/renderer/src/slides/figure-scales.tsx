import type { JSX } from 'react';
import { motion, type Variants } from '../animation';
import type { Stat } from '../../../shared/content';

/*
 * Drawn scales for the statistics slide, made only of the source's own figures: a tally of
 * marks for a small exact count (17 years in a row: 17 marks) and a unit chart for a share the
 * source states (46 of over 80 countries: 80 dots, 46 lit). Decoration beside figures that are
 * on screen as text, so hidden from assistive tech. They fade in (opacity only).
 */

/** Largest count drawn as a tally; above it marks would be too small to count. */
const TALLY_MAX = 30;
const TALLY_PER_ROW = 10;

/** Whether a figure is drawn as a tally: an exact whole number ("over 20" is not, nor 1.65 million). */
export function hasTally(stat: Stat): boolean {
  return Number.isInteger(stat.value) && !stat.over && !stat.compact && stat.value >= 2 && stat.value <= TALLY_MAX;
}

const appear = (delay: number): Variants => ({
  hidden: { opacity: 0 },
  shown: { opacity: 1, transition: { duration: 0.6, delay } },
});

/** `value` marks, ten to a row. */
export function Tally({ value }: { value: number }): JSX.Element {
  const rows = Math.ceil(value / TALLY_PER_ROW);
  const cols = Math.min(value, TALLY_PER_ROW);
  return (
    <motion.svg
      className="s-tally"
      viewBox={`0 0 ${TALLY_PER_ROW * 10} ${rows * 14}`}
      aria-hidden="true"
      focusable="false"
      data-count={value}
      variants={appear(0.9)}
    >
      {Array.from({ length: value }, (_, k) => (
        <rect key={k} x={(k % cols) * 10 + 1.5} y={Math.floor(k / cols) * 14 + 1} width="7" height="11" rx="2" />
      ))}
    </motion.svg>
  );
}

interface ShareProps {
  part: number;
  whole: number;
  orientation: 'landscape' | 'portrait';
}

/**
 * `whole` dots, `part` of them lit: a bar of two rows filled from the start in landscape, a
 * block of ten rows filled from the top in portrait.
 */
export function ShareChart({ part, whole, orientation }: ShareProps): JSX.Element {
  const wide = orientation === 'landscape';
  const rows = wide ? 2 : Math.ceil(whole / 8);
  const cols = Math.ceil(whole / rows);
  // Landscape fills column by column (a bar growing along the line); portrait row by row.
  const at = (k: number) => (wide ? { c: Math.floor(k / rows), r: k % rows } : { c: k % cols, r: Math.floor(k / cols) });
  const dot = (k: number) => {
    const { c, r } = at(k);
    return <circle key={k} cx={c * 10 + 5} cy={r * 10 + 5} r="3.6" />;
  };
  return (
    <svg
      className="s-share"
      viewBox={`0 0 ${cols * 10} ${rows * 10}`}
      aria-hidden="true"
      focusable="false"
      data-part={part}
      data-whole={whole}
    >
      <motion.g className="s-share__rest" variants={appear(0.5)}>
        {Array.from({ length: whole - part }, (_, k) => dot(part + k))}
      </motion.g>
      <motion.g className="s-share__part" variants={appear(1)}>
        {Array.from({ length: part }, (_, k) => dot(k))}
      </motion.g>
    </svg>
  );
}
