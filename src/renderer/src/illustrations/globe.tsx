import type { JSX } from 'react';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';

/** A globe with meridians and parallels, circled by an orbit carrying one crimson point. */
export function Globe({ label, className }: IllustrationProps): JSX.Element {
  return (
    <Frame label={label} className={className}>
      <circle cx="120" cy="124" r="78" fill={ink.deep} />
      <ellipse cx="120" cy="124" rx="36" ry="78" strokeOpacity="0.6" strokeWidth="3" />
      <path d="M120 46 V202" strokeOpacity="0.6" strokeWidth="3" />
      <path d="M46 98 H194 M42 124 H198 M46 150 H194" strokeOpacity="0.6" strokeWidth="3" />
      <circle cx="120" cy="124" r="78" stroke={ink.ice} />
      <ellipse
        cx="120"
        cy="124"
        rx="108"
        ry="34"
        transform="rotate(-18 120 124)"
        stroke={ink.gold}
        strokeDasharray="2 12"
      />
      <circle cx="214" cy="92" r="10" fill={ink.crimson} stroke={ink.goldLight} strokeWidth="3" />
    </Frame>
  );
}
