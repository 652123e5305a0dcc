import type { JSX } from 'react';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';

const WHEELS = [30, 58, 92, 120, 160, 188];

/** A freight train: locomotive and container wagons on a track, seen from the side. */
export function Train({ label, className }: IllustrationProps): JSX.Element {
  return (
    <Frame label={label} className={className} viewBox="0 36 240 166">
      <path d="M8 178 H232" strokeWidth="3" />
      <path d="M16 188 H224" stroke={ink.gold} strokeDasharray="6 10" strokeWidth="3" />
      {/* locomotive */}
      <path d="M12 166 V112 Q12 98 28 98 H124 V166 Z" fill={ink.crimson} />
      <path d="M24 110 H56 V134 H24 Z" fill={ink.night} stroke={ink.line} strokeWidth="3" />
      <path d="M68 112 H112 M68 124 H112" strokeOpacity="0.7" strokeWidth="3" />
      <path d="M12 148 H124" stroke={ink.goldLight} strokeWidth="3" />
      {/* wagons with containers */}
      <rect x="136" y="110" width="94" height="46" rx="3" fill={ink.gold} />
      <path
        d="M152 118 V148 M168 118 V148 M184 118 V148 M200 118 V148 M216 118 V148"
        stroke={ink.night}
        strokeOpacity="0.5"
        strokeWidth="3"
      />
      <path d="M128 160 H232" strokeWidth="5" />
      {WHEELS.map((cx) => (
        <circle key={cx} cx={cx} cy="168" r="9" fill={ink.night} />
      ))}
      {/* the horizon the train heads for */}
      <path d="M20 70 Q120 40 220 70" stroke={ink.ice} strokeOpacity="0.5" strokeWidth="3" strokeDasharray="2 10" />
      <circle cx="196" cy="62" r="7" fill={ink.gold} stroke="none" />
    </Frame>
  );
}
