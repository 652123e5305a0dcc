import type { Point, Size } from './projection';

/** A marker to label: where it is, how big it is drawn, and the measured label size. */
export interface LabelRequest extends Point {
  id: string;
  /** Radius of the drawn marker (pin or halo) in px; the label keeps clear of it. */
  radius: number;
  width: number;
  height: number;
}

/** Where a label goes: its box (top-left origin) and whether it was pushed off its marker. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  side: 'right' | 'left' | 'above' | 'below';
  /** True when the label had to be nudged away; draw a thin leader line to the marker. */
  displaced: boolean;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlapArea = (a: Rect, b: Rect): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

const outside = (a: Rect, box: Size, margin: number): number => {
  const over = (v: number): number => Math.max(0, v);
  return (
    over(margin - a.x) * a.height +
    over(a.x + a.width - (box.width - margin)) * a.height +
    over(margin - a.y) * a.width +
    over(a.y + a.height - (box.height - margin)) * a.width
  );
};

/**
 * Places labels beside their markers without covering each other: each label tries the side
 * with more room first, then the other sides, and if all collide it is nudged vertically in
 * small steps. Labels are placed top to bottom so the result is stable. Pure, for tests.
 */
export function placeLabels(requests: readonly LabelRequest[], box: Size, gap: number, margin = 4): PlacedLabel[] {
  const markers: Rect[] = requests.map((q) => ({
    x: q.x - q.radius * 0.5,
    y: q.y - q.radius * 0.5,
    width: q.radius,
    height: q.radius,
  }));
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => a.y - b.y || a.x - b.x);

  for (const q of order) {
    const roomRight = box.width - q.x;
    const sides: PlacedLabel['side'][] =
      roomRight >= q.x ? ['right', 'left', 'below', 'above'] : ['left', 'right', 'below', 'above'];
    const cost = (rect: Rect): number =>
      placed.reduce((sum, p) => sum + overlapArea(rect, p), 0) * 4 +
      markers.reduce((sum, m) => sum + overlapArea(rect, m), 0) +
      outside(rect, box, margin) * 8;

    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    // Step 0 is the natural spot; later steps nudge up and down by half a label height.
    for (let step = 0; step <= 8 && bestCost > 0; step++) {
      const shift = step === 0 ? 0 : Math.ceil(step / 2) * (q.height / 2) * (step % 2 === 1 ? 1 : -1);
      for (const side of sides) {
        const rect = candidate(q, side, gap, shift);
        const c = cost(rect) + step * 0.01 + (step === 0 ? 0 : 0.001);
        if (c < bestCost) {
          bestCost = c;
          best = { id: q.id, ...rect, side, displaced: step > 0 };
        }
        if (c === 0) break;
      }
    }
    if (best) placed.push(clampInto(best, box, margin));
  }
  return placed;
}

function candidate(q: LabelRequest, side: PlacedLabel['side'], gap: number, shift: number): Rect {
  const { width, height } = q;
  const off = q.radius + gap;
  switch (side) {
    case 'right':
      return { x: q.x + off, y: q.y - height / 2 + shift, width, height };
    case 'left':
      return { x: q.x - off - width, y: q.y - height / 2 + shift, width, height };
    case 'below':
      return { x: q.x - width / 2, y: q.y + off + Math.max(0, shift), width, height };
    case 'above':
      return { x: q.x - width / 2, y: q.y - off - height + Math.min(0, shift), width, height };
  }
}

/** Keeps a label wholly inside the box (it may then cover its marker slightly: better than clipping). */
function clampInto(p: PlacedLabel, box: Size, margin: number): PlacedLabel {
  const x = Math.min(Math.max(p.x, margin), Math.max(margin, box.width - margin - p.width));
  const y = Math.min(Math.max(p.y, margin), Math.max(margin, box.height - margin - p.height));
  return { ...p, x, y };
}
