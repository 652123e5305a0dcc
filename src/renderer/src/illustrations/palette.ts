/**
 * One palette and one line weight for every drawing, so the illustrations read as a set.
 * Colours match the slide stylesheet (styles/slides/slide-base.css).
 */
export const ink = {
  night: '#0a1228',
  deep: '#14213f',
  line: '#f4efe6',
  crimson: '#c8102e',
  crimsonLight: '#ec4a62',
  gold: '#d9ad50',
  goldLight: '#f6d98b',
  ice: '#8fb8de',
} as const;

/** Stroke width on the shared 240 × 240 view box. */
export const STROKE = 4;

/** What every illustration component takes. */
export interface IllustrationProps {
  /** Accessible name (the slide's alt text). */
  label: string;
  className?: string;
}
