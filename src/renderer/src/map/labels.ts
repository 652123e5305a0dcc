import type { Point, Size } from './projection';

/** A circle drawn on the map (a city pin or a region's halo) that no label may cover. */
export interface Circle extends Point {
  r: number;
}

/** A marker to label: where it is, how big it is drawn, and the measured label size. */
export interface LabelRequest extends Point {
  id: string;
  /** Radius of the drawn marker (pin or halo) in px; every label keeps clear of it. */
  radius: number;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight line from a marker's edge to the nearest point of its label. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label goes: its box (top-left origin) and, when it sits away from its marker, a leader. */
export interface PlacedLabel extends Rect {
  id: string;
  /** True when the label had to move off its marker; `leader` then pairs them visibly. */
  displaced: boolean;
  leader: Leader | null;
}

export interface PlaceOptions {
  /** Clear space kept between a label and any other label or marker, px. */
  gap: number;
  /** Labels stay this far inside the box, px. */
  margin?: number;
  /** Points a label should rather not cover (samples along the drawn arcs): a soft cost each. */
  avoid?: readonly Point[];
  /** Cost of covering one `avoid` point, in px of distance from the marker. */
  avoidCost?: number;
}

/** Cost of breaking a rule (overlap, crossing); any distance cost stays far below it. */
const HARD = 1e6;

/** How far a point lies from a rectangle (0 inside it). */
export function distanceToRect(p: Point, r: Rect): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width));
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height));
  return Math.sqrt(dx * dx + dy * dy);
}

/** True when the point lies in the rectangle, edges included (`distanceToRect` is 0). */
function inRect(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

/** The point of a rectangle nearest to `p`. */
export function nearestOnRect(p: Point, r: Rect): Point {
  return { x: Math.min(Math.max(p.x, r.x), r.x + r.width), y: Math.min(Math.max(p.y, r.y), r.y + r.height) };
}

/** True when two rectangles come closer than `gap` (touching counts when gap > 0). */
export function rectsClash(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** True when segment p–q passes through rectangle r (Liang–Barsky clipping). */
export function segmentHitsRect(p: Point, q: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const edges: Array<[number, number]> = [
    [-dx, p.x - r.x],
    [dx, r.x + r.width - p.x],
    [-dy, p.y - r.y],
    [dy, r.y + r.height - p.y],
  ];
  for (const [den, num] of edges) {
    if (den === 0) {
      if (num < 0) return false;
    } else {
      const t = num / den;
      if (den < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * Places every label beside its marker so that no two labels touch, no label covers any marker,
 * no leader line crosses another label, and every label stays inside the box. Each label takes
 * the free spot nearest its marker (searched on a fine grid around it, horizontal spots
 * preferred); a label that cannot sit against its marker gets a leader line. Several label
 * orders are tried and the cheapest layout wins, so the result does not depend on the order of
 * `requests`. Pure and deterministic, for tests.
 */
export function placeLabels(requests: readonly LabelRequest[], box: Size, options: PlaceOptions): PlacedLabel[] {
  const { gap } = options;
  const margin = options.margin ?? gap;
  const markers: Circle[] = requests.map((q) => ({ x: q.x, y: q.y, r: q.radius }));
  const spots = new Map(requests.map((q) => [q.id, spotsFor(q, box, gap, margin)]));
  const byId = [...requests].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Crowded places first (they have the fewest good spots), then west to east, north to south, east to west.
  const crowd = (q: LabelRequest): number =>
    requests.filter((o) => o !== q && Math.hypot(o.x - q.x, o.y - q.y) < (q.width + o.width) / 2 + q.height * 2).length;
  const orders = [
    [...byId].sort((a, b) => crowd(b) - crowd(a)),
    [...byId].sort((a, b) => a.x - b.x),
    [...byId].sort((a, b) => a.y - b.y),
    [...byId].sort((a, b) => b.x - a.x),
  ];
  let best: { labels: PlacedLabel[]; cost: number } | null = null;
  for (const order of orders) {
    const run = placeInOrder(order, spots, markers, options);
    if (!best || run.cost < best.cost) best = run;
  }
  const placed = new Map(best!.labels.map((l) => [l.id, l]));
  return requests.map((q) => placed.get(q.id)!);
}

/** A label's candidate top-left corners, cheapest first (typed arrays: thousands per label). */
interface Spots {
  x: Float64Array;
  y: Float64Array;
  /** Distance cost: the clear space between label and marker, plus a bias for side spots. */
  soft: Float64Array;
  /** Clear space between the label and its marker's edge beyond `gap`, px. */
  clearance: Float64Array;
}

function placeInOrder(
  order: readonly LabelRequest[],
  spots: ReadonlyMap<string, Spots>,
  markers: readonly Circle[],
  { gap, avoid = [], avoidCost = 0 }: PlaceOptions,
): { labels: PlacedLabel[]; cost: number } {
  const labels: PlacedLabel[] = [];
  let total = 0;
  for (const q of order) {
    const s = spots.get(q.id)!;
    // The line from this marker to its label must not pass another marker, or the label would read
    // as that one's (Wuhu's label beyond Shanghai's pin). A marker overlapping this one counts by
    // its core only, and not at all when this marker's centre lies in that core.
    const between: Circle[] = [];
    for (const m of markers) {
      const d = Math.hypot(m.x - q.x, m.y - q.y);
      if (m.x === q.x && m.y === q.y) continue;
      if (d >= m.r + q.radius) between.push(m);
      else if (d >= m.r * 0.6) between.push({ ...m, r: m.r * 0.6 });
    }
    let chosen: { label: PlacedLabel; cost: number } | null = null;
    for (let i = 0; i < s.x.length; i++) {
      if (chosen && s.soft[i] >= chosen.cost) break;
      const c = { x: s.x[i], y: s.y[i], width: q.width, height: q.height };
      const leader = s.clearance[i] > gap ? leaderFor(q, c) : null;
      // What the spot may cost and still win; counting stops once it cannot (the loop's hot path).
      const budget: number = chosen ? chosen.cost - s.soft[i] : Infinity;
      let cost: number = s.soft[i] + HARD * clashes(q, c, leader, markers, between, labels, gap, budget);
      if (avoidCost > 0 && (!chosen || cost < chosen.cost)) for (const p of avoid) if (inRect(p, c)) cost += avoidCost;
      if (!chosen || cost < chosen.cost)
        chosen = { label: { id: q.id, ...c, displaced: leader !== null, leader }, cost };
    }
    if (chosen) {
      labels.push(chosen.label);
      total += chosen.cost;
    }
  }
  return { labels, cost: total };
}

/**
 * How many rules a candidate breaks against the markers and the labels placed so far, counted
 * until `HARD` times the count reaches `budget` (from there the candidate loses anyway).
 */
function clashes(
  q: Point,
  c: Rect,
  leader: Leader | null,
  markers: readonly Circle[],
  between: readonly Circle[],
  labels: readonly PlacedLabel[],
  gap: number,
  budget: number,
): number {
  let n = 0;
  const over = (): boolean => HARD * n >= budget;
  // (A hair of tolerance: a snug spot sits exactly `gap` from its marker.)
  for (const m of markers) if (distanceToRect(m, c) < m.r + gap - 0.01 && (n++, over())) return n;
  for (const l of labels) {
    if (rectsClash(c, l, gap - 0.01) && (n++, over())) return n;
    if (leader && segmentHitsRect({ x: leader.x1, y: leader.y1 }, { x: leader.x2, y: leader.y2 }, l) && (n++, over()))
      return n;
    if (
      l.leader &&
      segmentHitsRect({ x: l.leader.x1, y: l.leader.y1 }, { x: l.leader.x2, y: l.leader.y2 }, c) &&
      (n++, over())
    )
      return n;
  }
  const end = nearestOnRect(q, c);
  for (const m of between) if (segmentNear(q, end, m) && (n++, over())) return n;
  return n;
}

/** True when segment p–q passes within the circle. */
function segmentNear(p: Point, q: Point, c: Circle): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len2 = dx * dx + dy * dy || 1;
  const t = Math.min(1, Math.max(0, ((c.x - p.x) * dx + (c.y - p.y) * dy) / len2));
  return Math.hypot(p.x + t * dx - c.x, p.y + t * dy - c.y) < c.r;
}

/** From the marker's edge to the nearest point of the label. */
function leaderFor(q: LabelRequest, r: Rect): Leader {
  const end = nearestOnRect(q, r);
  const d = Math.hypot(end.x - q.x, end.y - q.y) || 1;
  return { x1: q.x + ((end.x - q.x) / d) * q.radius, y1: q.y + ((end.y - q.y) / d) * q.radius, x2: end.x, y2: end.y };
}

/**
 * Spots for a label on a grid around its marker, inside the box, cheapest first: cost is the
 * clear space between the label and its marker's edge, with spots beside the marker (reading
 * on from it) slightly preferred over spots above or below it.
 */
function spotsFor(q: LabelRequest, box: Size, gap: number, margin: number): Spots {
  const step = Math.max(2, q.height / 4);
  const reach = q.radius + gap + q.height * 6;
  const x0 = Math.max(margin, q.x - reach - q.width);
  const x1 = Math.min(box.width - margin - q.width, q.x + reach);
  const y0 = Math.max(margin, q.y - reach - q.height);
  const y1 = Math.min(box.height - margin - q.height, q.y + reach);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = y0; y <= y1; y += step)
    for (let x = x0; x <= x1; x += step) {
      xs.push(x);
      ys.push(y);
    }
  // The snug spots themselves (exactly beside, above and below the marker), which the grid may miss.
  const off = q.radius + gap;
  const snug: Array<[number, number]> = [
    [q.x + off, q.y - q.height / 2],
    [q.x - off - q.width, q.y - q.height / 2],
    [q.x - q.width / 2, q.y - off - q.height],
    [q.x - q.width / 2, q.y + off],
  ];
  for (const [x, y] of snug)
    if (x >= margin && y >= margin && x + q.width <= box.width - margin && y + q.height <= box.height - margin) {
      xs.push(x);
      ys.push(y);
    }
  const n = xs.length;
  const soft = new Float64Array(n);
  const clearance = new Float64Array(n);
  // Sort keys: cost in 1/64 px, then the spot's index (ties keep grid order: deterministic).
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rect = { x: xs[i], y: ys[i], width: q.width, height: q.height };
    clearance[i] = Math.max(0, distanceToRect(q, rect) - q.radius - gap);
    // Offset of the label's middle from the marker's line, across the reading direction.
    soft[i] = clearance[i] + Math.abs(ys[i] + q.height / 2 - q.y) * 0.15;
    keys[i] = Math.round(soft[i] * 64) * 2 ** 20 + i;
  }
  keys.sort();
  const out: Spots = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    soft: new Float64Array(n),
    clearance: new Float64Array(n),
  };
  keys.forEach((key, k) => {
    const i = key % 2 ** 20;
    out.x[k] = xs[i];
    out.y[k] = ys[i];
    out.soft[k] = soft[i];
    out.clearance[k] = clearance[i];
  });
  return out;
}
