import type { JSX } from 'react';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';
import { starPoints } from './star';

/** A framed certificate with a ribboned seal; the "text" is abstract lines, so nothing to translate. */
export function Certificate({ label, className }: IllustrationProps): JSX.Element {
  return (
    <Frame label={label} className={className} viewBox="0 28 240 200">
      <rect x="24" y="40" width="192" height="150" rx="8" fill={ink.deep} />
      <rect x="36" y="52" width="168" height="126" rx="4" stroke={ink.gold} strokeWidth="2.5" />
      <path d="M84 76 H156" stroke={ink.goldLight} />
      <path d="M64 100 H176 M64 118 H160 M64 136 H140" strokeOpacity="0.75" />
      <path d="M156 176 L146 214 L160 206 L170 218 L174 178" fill={ink.crimson} />
      <path d="M176 176 L188 212 L174 206 L166 216" fill={ink.crimsonLight} />
      <circle cx="166" cy="164" r="22" fill={ink.crimson} stroke={ink.goldLight} />
      <polygon points={starPoints(166, 164, 11, 5)} fill={ink.goldLight} stroke="none" />
    </Frame>
  );
}
