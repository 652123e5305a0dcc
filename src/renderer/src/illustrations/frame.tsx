import type { JSX, ReactNode } from 'react';
import { STROKE, ink, type IllustrationProps } from './palette';

/**
 * The shared <svg> wrapper: one 240-unit drawing grid (a wide drawing may crop its view box), one stroke style, exposed as a single image
 * with the alt text as its name. Drawings contain no text, so nothing needs translating.
 */
export function Frame({
  label,
  className,
  children,
  viewBox = '0 0 240 240',
}: IllustrationProps & { children: ReactNode; viewBox?: string }): JSX.Element {
  return (
    <svg
      className={['s-illustration', className].filter(Boolean).join(' ')}
      viewBox={viewBox}
      role="img"
      aria-label={label}
      focusable="false"
      fill="none"
      stroke={ink.line}
      strokeWidth={STROKE}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
