/**
 * The journey's path in pixels, for a box of `width` × `height` holding `n` steps in `n` equal
 * rows (the first step in the bottom row, the last at the top), so the path meets the text.
 *
 * - `staircase` (landscape): `n` equal columns too; step i stands on a tread at the bottom of
 *   its cell (column i, row n − i), risers between: it climbs from the inline start.
 * - `switchback` (portrait): each step's tread runs the full width under its row and the path
 *   turns up at alternate ends, a road climbing the column.
 *
 * Coordinates are left-to-right; a right-to-left slide mirrors the drawing in CSS.
 */
export type JourneyShape = 'staircase' | 'switchback';

export interface JourneyGeometry {
  /** The stroke: start, treads and risers, ending at the last step. */
  path: string;
  /** The area under the staircase (empty for the switchback). */
  fill: string;
  start: { x: number; y: number };
  end: { x: number; y: number };
}

export function journeyGeometry(shape: JourneyShape, n: number, width: number, height: number): JourneyGeometry {
  const row = height / n;
  // Tread of step i: the bottom edge of row n − i (rows numbered from the top, from 1).
  const treadY = (i: number) => height - i * row;
  const round = (v: number) => Math.round(v * 10) / 10;
  const parts: string[] = [];
  let end = { x: 0, y: height };
  if (shape === 'staircase') {
    const col = width / n;
    parts.push(`M0 ${round(height)}`);
    for (let i = 0; i < n; i++) {
      if (i > 0) parts.push(`V${round(treadY(i))}`);
      parts.push(`H${round((i + 1) * col)}`);
    }
    end = { x: width, y: treadY(n - 1) };
    const fill = `${parts.join(' ')} V${round(height)} Z`;
    return { path: parts.join(' '), fill, start: { x: 0, y: height }, end };
  }
  parts.push(`M0 ${round(height)}`);
  for (let i = 0; i < n; i++) {
    const toRight = i % 2 === 0;
    if (i > 0) parts.push(`V${round(treadY(i))}`);
    parts.push(`H${toRight ? round(width) : 0}`);
    end = { x: toRight ? width : 0, y: treadY(i) };
  }
  return { path: parts.join(' '), fill: '', start: { x: 0, y: height }, end };
}
