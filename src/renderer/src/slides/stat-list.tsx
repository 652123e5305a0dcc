import type { JSX } from 'react';
import { motion } from '../animation';
import type { Stat } from '../../../shared/content';
import { CountUp } from './count-up';
import { rise, stagger } from './reveal';

interface StatListProps {
  stats: readonly Stat[];
  locale: string;
  t: (text: Record<string, string>) => string;
  thumbnail?: boolean;
  /** Extra class for layout variants (grid on the statistics slide, column beside the map). */
  className?: string;
}

/** A list of figures with their labels; each figure counts up as it is revealed. */
export function StatList({ stats, locale, t, thumbnail, className }: StatListProps): JSX.Element {
  return (
    <motion.ul
      variants={stagger}
      className={['s-stats', className].filter(Boolean).join(' ')}
      data-count={stats.length}
    >
      {stats.map((stat, i) => (
        <motion.li className="s-stat" variants={rise} key={`${i}-${locale}`}>
          <CountUp className="s-stat__value" stat={stat} locale={locale} thumbnail={thumbnail} delay={0.2 + i * 0.1} />
          <span className="s-stat__label">{t(stat.label)}</span>
        </motion.li>
      ))}
    </motion.ul>
  );
}
