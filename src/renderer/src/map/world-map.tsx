import { useMemo, useRef, type JSX } from 'react';
import { motion } from '../animation';
import type { MapPin } from '../../../shared/content';
import { useStill } from '../slides/reveal';
import { useSvgId } from '../illustrations/use-svg-id';
import { mapLayout } from './map-layout';
import { useLandShape } from './use-land';
import { landTransform } from './land-path';
import { useBox, useLoadedFont } from './use-box';

interface WorldMapProps {
  pins: readonly MapPin[];
  arcsFrom: string;
  t: (text: Record<string, string>) => string;
  locale: string;
  orientation: 'landscape' | 'portrait';
  thumbnail?: boolean;
}

/** Marker colours by kind (the legend swatches use the same, from the stylesheet). */
const KIND_COLOUR: Record<MapPin['kind'], string> = { headquarters: '#ff5a70', rnd: '#f0c65e', market: '#9cc7ec' };

/**
 * The footprint map: one land outline (no countries, no borders), places the source names
 * as pins (cities) or halos (regions), arcs drawn out from the headquarters, and labels
 * placed so they do not cover each other. Sized in real pixels of its box.
 */
export function WorldMap({ pins, arcsFrom, t, locale, orientation, thumbnail }: WorldMapProps): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const box = useBox(ref, locale);
  const landShape = useLandShape(pins);
  const still = useStill();
  const settled = thumbnail === true;
  const gradientId = useSvgId('map');
  const names = useMemo(() => pins.map((p) => t(p.label)), [pins, t]);
  // Label widths are measured in the locale's real font once it has loaded (not a fallback's).
  const measured = useLoadedFont(box.font, names.join(''));

  const layout = useMemo(() => {
    if (box.width === 0 || box.height === 0) return null;
    return mapLayout({ box, pins, names, arcsFrom, orientation });
    // `measured` is read by mapLayout through document.fonts: a new one means the locale's font
    // has loaded since, and the labels are measured again in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [box, pins, orientation, arcsFrom, names, measured]);

  const label = new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(names);

  return (
    <div ref={ref} className="s-map__canvas">
      {layout && landShape ? (
        // The land on a layer of its own, under the rest: it never changes while the pins, arcs
        // and labels fade and draw in (SVG content is repainted every frame it animates), so its
        // thousands of points are rastered once, not again for every tile the animation dirties.
        <svg
          className="s-map__land-layer"
          viewBox={`0 0 ${box.width} ${box.height}`}
          width={box.width}
          height={box.height}
          aria-hidden="true"
          focusable="false"
        >
          <path className="s-map__land" d={landShape} transform={landTransform(layout.projection)} />
        </svg>
      ) : null}
      {layout ? (
        <svg
          className="s-map__svg"
          viewBox={`0 0 ${box.width} ${box.height}`}
          width={box.width}
          height={box.height}
          role="img"
          aria-label={label}
        >
          <defs>
            {Object.entries(KIND_COLOUR).map(([kind, colour]) => (
              <radialGradient key={kind} id={`${gradientId}-${kind}`}>
                <stop offset="0" stopColor={colour} stopOpacity="0.6" />
                <stop offset="0.65" stopColor={colour} stopOpacity="0.2" />
                <stop offset="1" stopColor={colour} stopOpacity="0.05" />
              </radialGradient>
            ))}
          </defs>
          <g className="s-map__arcs">
            {layout.arcs.map((arc, i) => (
              <motion.path
                key={arc.id}
                d={arc.d}
                initial={settled ? false : still ? { opacity: 0 } : { pathLength: 0, opacity: 0 }}
                animate={still ? { opacity: 1 } : { pathLength: 1, opacity: 1 }}
                transition={{ duration: still ? 0.5 : 1.1, delay: 0.5 + i * 0.09, ease: 'easeInOut' }}
              />
            ))}
          </g>
          {layout.points.map((p, i) => (
            <motion.g
              key={p.id}
              className={`s-map__place s-kind--${p.kind}`}
              data-place={p.id}
              initial={settled ? false : { opacity: 0 }}
              animate={{ opacity: 1 }}
              transition={{ duration: 0.5, delay: 0.3 + i * 0.07 }}
            >
              {p.area ? (
                <circle
                  className="s-map__halo"
                  cx={p.x}
                  cy={p.y}
                  r={layout.halos.get(p.id)}
                  fill={`url(#${gradientId}-${p.kind})`}
                />
              ) : (
                <Marker
                  x={p.x}
                  y={p.y}
                  u={layout.u}
                  headquarters={p.kind === 'headquarters'}
                  still={still || settled}
                />
              )}
            </motion.g>
          ))}
          {layout.points.map((p, i) => {
            const l = layout.labels.get(p.id);
            if (!l) return null;
            return (
              <motion.g
                key={`label-${p.id}`}
                className={`s-map__label s-kind--${p.kind}`}
                data-place={p.id}
                data-displaced={l.displaced ? 'true' : undefined}
                initial={settled ? false : { opacity: 0 }}
                animate={{ opacity: 1 }}
                transition={{ duration: 0.5, delay: 0.45 + i * 0.07 }}
              >
                {/* The placer keeps every leader off every other label, so drawing order is free. */}
                {l.leader ? <line className="s-map__leader" {...l.leader} /> : null}
                <rect x={l.x} y={l.y} width={l.width} height={l.height} rx={layout.u * 0.6} />
                <text x={l.x + l.width / 2} y={l.y + l.height / 2} textAnchor="middle" dominantBaseline="central">
                  {t(p.label)}
                </text>
              </motion.g>
            );
          })}
        </svg>
      ) : null}
    </div>
  );
}

interface MarkerProps {
  x: number;
  y: number;
  u: number;
  headquarters: boolean;
  still: boolean;
}

/** A city pin; the headquarters also sends out a slow pulse (scale + opacity only). */
function Marker({ x, y, u, headquarters, still }: MarkerProps): JSX.Element {
  const r = headquarters ? u * 1.1 : u * 0.8; // pinRadius() in map-layout.ts is what this covers
  return (
    <g transform={`translate(${x} ${y})`}>
      {headquarters && !still ? (
        <motion.circle
          className="s-map__pulse"
          r={r * 2.4}
          // A transform string, not `scale`: a Web Animation, no script per frame (SVG content is
          // painted, never composited, so it still repaints; the pulse covers a few pins only).
          style={{ transformBox: 'fill-box', transformOrigin: 'center' }}
          initial={{ transform: 'scale(0.4)', opacity: 0.8 }}
          animate={{ transform: 'scale(1.4)', opacity: 0 }}
          transition={{ duration: 2.4, repeat: Infinity, ease: 'easeOut' }}
        />
      ) : null}
      {headquarters ? (
        <rect className="s-map__pin" x={-r} y={-r} width={r * 2} height={r * 2} transform="rotate(45)" />
      ) : (
        <circle className="s-map__pin" r={r} />
      )}
    </g>
  );
}
