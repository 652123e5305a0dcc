import type { JSX } from 'react';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';
import { starPoints } from './star';
import { useSvgId } from './use-svg-id';

/**
 * A medal on a crossed ribbon, catching the light: a soft sheen band across the disc, clipped
 * to it. The band stands still. A sweeping band (a Web Animation inside the drop-shadowed
 * illustration) re-composited the whole medal with its shadow on every frame, 30 ms and more a
 * frame on a software compositor, for as long as the slide was up (issue 19, docs/performance.md).
 */
export function Medal({ label, className }: IllustrationProps): JSX.Element {
  const id = useSvgId('medal');
  const clip = `${id}-disc`;
  const sheen = `${id}-sheen`;
  const face = `${id}-face`;
  return (
    <Frame label={label} className={className}>
      <defs>
        <clipPath id={clip}>
          <circle cx="120" cy="152" r="62" />
        </clipPath>
        <linearGradient id={sheen} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor="#fff" stopOpacity="0" />
          <stop offset="0.5" stopColor="#fff" stopOpacity="0.65" />
          <stop offset="1" stopColor="#fff" stopOpacity="0" />
        </linearGradient>
        <radialGradient id={face} cx="0.38" cy="0.32" r="0.8">
          <stop offset="0" stopColor={ink.goldLight} />
          <stop offset="1" stopColor={ink.gold} />
        </radialGradient>
      </defs>
      <polygon points="58,10 102,10 140,104 104,112" fill={ink.crimson} />
      <polygon points="182,10 138,10 100,104 136,112" fill={ink.crimsonLight} />
      <circle cx="120" cy="152" r="62" fill={`url(#${face})`} stroke={ink.goldLight} />
      <circle cx="120" cy="152" r="46" stroke={ink.night} strokeOpacity="0.45" strokeWidth="3" />
      <polygon points={starPoints(120, 152, 28, 12)} fill={ink.night} fillOpacity="0.35" stroke="none" />
      <g clipPath={`url(#${clip})`} stroke="none">
        <rect x="70" y="40" width="40" height="230" transform="rotate(22 120 152)" fill={`url(#${sheen})`} />
      </g>
    </Frame>
  );
}
