import type { JSX } from 'react';
import { motion } from '../animation';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { rise, stagger } from './reveal';
import { StatList } from './stat-list';
import { WorldMap } from '../map/world-map';

const KINDS = ['headquarters', 'rnd', 'market'] as const;

/** The footprint: the world map with its legend, and the slide's figures beside (or below) it. */
export function MapSlide({ slide, t, locale, orientation, thumbnail }: SlideProps<'map'>): JSX.Element {
  // Only kinds that appear on this map get a legend entry.
  const kinds = KINDS.filter((k) => slide.pins.some((p) => p.kind === k));
  return (
    <SlideFrame kind="map" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <motion.h1 id={hid} className="s-headline" variants={rise}>
            {t(slide.title)}
          </motion.h1>
          <motion.div className="s-map-panel" variants={rise}>
            <WorldMap
              pins={slide.pins}
              arcsFrom={slide.arcsFrom}
              t={t}
              locale={locale}
              orientation={orientation}
              thumbnail={thumbnail}
            />
            <motion.ul className="s-legend" variants={stagger}>
              {kinds.map((k) => (
                <motion.li key={k} className={`s-legend__item s-kind--${k}`} variants={rise}>
                  <span className="s-swatch" aria-hidden="true" />
                  {t(slide.legend[k])}
                </motion.li>
              ))}
            </motion.ul>
          </motion.div>
          {slide.stats.length > 0 ? (
            <StatList className="s-stats--side" stats={slide.stats} locale={locale} t={t} thumbnail={thumbnail} />
          ) : null}
        </>
      )}
    </SlideFrame>
  );
}
