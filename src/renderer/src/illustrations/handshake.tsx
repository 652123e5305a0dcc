import type { JSX } from 'react';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';

/** Two hands meeting from either side: cooperation between partners. */
export function Handshake({ label, className }: IllustrationProps): JSX.Element {
  return (
    <Frame label={label} className={className} viewBox="0 8 240 172">
      {/* sleeves */}
      <path d="M6 92 L52 78 L70 150 L22 164 Z" fill={ink.crimson} />
      <path d="M234 92 L188 78 L170 150 L218 164 Z" fill={ink.gold} />
      {/* right hand (from the right), under */}
      <path d="M186 86 L150 80 Q136 78 124 88 L92 114 Q84 122 92 128 Q100 132 110 124 L128 112" fill={ink.deep} />
      <path d="M176 146 L150 160 Q140 166 130 158 L104 138" fill={ink.deep} />
      {/* left hand (from the left), over, with fingers wrapping */}
      <path d="M58 86 Q84 76 104 84 L150 108 Q160 114 154 122 Q148 128 138 122 L122 114" fill={ink.deep} />
      <path d="M66 146 Q80 160 98 164 Q108 166 112 158 Q126 166 134 156 Q146 160 148 148 Q158 146 156 134 L132 118" />
      <path d="M112 158 L100 146 M134 156 L120 142 M148 148 L136 134" strokeWidth="3" />
      <circle cx="120" cy="40" r="6" fill={ink.goldLight} stroke="none" />
      <path d="M120 18 V28 M98 28 L104 34 M142 28 L136 34" stroke={ink.goldLight} strokeWidth="3" />
    </Frame>
  );
}
