import type { JSX } from 'react';
import { Frame } from './frame';
import { ink, type IllustrationProps } from './palette';

const ROWS = [86, 122, 158];

/** A clipboard questionnaire with ticked boxes and two speech bubbles: people being interviewed. */
export function Survey({ label, className }: IllustrationProps): JSX.Element {
  return (
    <Frame label={label} className={className}>
      <rect x="40" y="40" width="120" height="170" rx="10" fill={ink.deep} />
      <rect x="72" y="30" width="56" height="22" rx="6" fill={ink.gold} />
      {ROWS.map((y) => (
        <g key={y}>
          <rect x="58" y={y - 10} width="20" height="20" rx="4" strokeWidth="3" />
          <path d={`M62 ${y} L67 ${y + 6} L76 ${y - 6}`} stroke={ink.crimsonLight} strokeWidth="3.5" />
          <path d={`M90 ${y} H144`} strokeOpacity="0.7" strokeWidth="3" />
        </g>
      ))}
      <path
        d="M168 62 H222 Q230 62 230 70 V98 Q230 106 222 106 H190 L178 118 V106 H168 Q160 106 160 98 V70 Q160 62 168 62 Z"
        fill={ink.crimson}
      />
      <path
        d="M176 136 H220 Q228 136 228 144 V166 Q228 174 220 174 H212 V186 L200 174 H176 Q168 174 168 166 V144 Q168 136 176 136 Z"
        fill={ink.gold}
      />
      <circle cx="182" cy="84" r="3" fill={ink.line} stroke="none" />
      <circle cx="195" cy="84" r="3" fill={ink.line} stroke="none" />
      <circle cx="208" cy="84" r="3" fill={ink.line} stroke="none" />
    </Frame>
  );
}
