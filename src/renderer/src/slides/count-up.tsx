import { useEffect, type JSX } from 'react';
import { animate, motion, useMotionValue, useTransform } from '../animation';
import type { Stat } from '../../../shared/content';
import { formatStat } from '../../../shared/format';
import { useStill } from './reveal';

interface CountUpProps {
  stat: Stat;
  locale: string;
  /** Presenter miniatures show the final figure at once. */
  thumbnail?: boolean;
  /** Seconds to wait before counting, to follow the slide's staggered reveal. */
  delay?: number;
  className?: string;
}

/** Seconds the count takes; with the largest delay it ends well inside two seconds. */
const COUNT_SECONDS = 1.2;

/**
 * A figure that counts up from 0 to `stat.value`. Every frame is formatted by `formatStat`
 * (Intl, never by hand), and the last frame is exactly `formatStat(stat, locale)`.
 * Reduced motion and thumbnails render the final figure immediately.
 */
export function CountUp({ stat, locale, thumbnail, delay = 0, className }: CountUpProps): JSX.Element {
  const still = useStill();
  const instant = still || thumbnail === true;
  const progress = useMotionValue(instant ? stat.value : 0);
  const text = useTransform(progress, (v) => formatStat({ ...stat, value: frameValue(v, stat.value) }, locale));

  useEffect(() => {
    if (instant) {
      progress.jump(stat.value);
      return;
    }
    progress.jump(0);
    const controls = animate(progress, stat.value, { duration: COUNT_SECONDS, delay, ease: [0.16, 1, 0.3, 1] });
    return () => controls.stop();
  }, [instant, stat.value, delay, progress]);

  return (
    <motion.span className={className} data-stat-value={stat.value}>
      {text}
    </motion.span>
  );
}

/** Intermediate frames of a whole number stay whole; the end is the exact value. */
function frameValue(v: number, target: number): number {
  if (v >= target) return target;
  return Number.isInteger(target) ? Math.round(v) : v;
}
