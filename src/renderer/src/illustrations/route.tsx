import type { JSX } from 'react';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';

/** A dashed route winding over a horizon from one marker to another: going out into the world. */
export function Route({ label, className }: IllustrationProps): JSX.Element {
  return (
    <Frame label={label} className={className}>
      <path d="M10 196 Q70 170 120 186 T230 178" stroke={ink.ice} strokeOpacity="0.7" strokeWidth="3" />
      <path d="M10 214 Q80 200 140 210 T230 206" stroke={ink.ice} strokeOpacity="0.4" strokeWidth="3" />
      <path d="M50 170 Q60 110 120 120 Q180 130 186 70" stroke={ink.gold} strokeDasharray="10 12" />
      <path d="M50 170 m-14 -20 a14 14 0 1 1 28 0 q0 12 -14 26 q-14 -14 -14 -26 z" fill={ink.crimson} />
      <circle cx="50" cy="150" r="5" fill={ink.line} stroke="none" />
      <path d="M186 70 m-18 -26 a18 18 0 1 1 36 0 q0 16 -18 34 q-18 -18 -18 -34 z" fill={ink.gold} />
      <circle cx="186" cy="44" r="6" fill={ink.night} stroke="none" />
    </Frame>
  );
}
