import type { JSX } from 'react';
import { motion } from '../animation';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';
import { starPoints } from './star';
import { useStill } from '../slides/reveal';
import { useSvgId } from './use-svg-id';

/**
 * A medal on a crossed ribbon. It "catches the light": a soft sheen band sweeps across
 * the disc, clipped to it, moved by transform only. Reduced motion: no sweep.
 */
export function Medal({ label, className }: IllustrationProps): JSX.Element {
  const still = useStill();
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
      {still ? null : (
        <g clipPath={`url(#${clip})`} stroke="none">
          <g transform="rotate(22 120 152)">
            <motion.rect
              x="10"
              y="40"
              width="40"
              height="230"
              fill={`url(#${sheen})`}
              // A transform string, not the `x` attribute: a Web Animation, no script per frame.
              initial={{ transform: 'translateX(0px)' }}
              animate={{ transform: 'translateX(210px)' }}
              transition={{ duration: 1.5, ease: 'easeInOut', repeat: Infinity, repeatDelay: 2.5, delay: 0.6 }}
            />
          </g>
        </g>
      )}
    </Frame>
  );
}
