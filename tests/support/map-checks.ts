/**
 * Reads the map slide as Chromium laid it out (every label, halo, pin and leader line by its
 * getBoundingClientRect, and what elementFromPoint finds on each label) and lists the rules it
 * breaks. Geometry here is written independently of src/renderer/src/map/labels.ts on purpose:
 * the placer is not checked with its own arithmetic.
 */
import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Round {
  id: string;
  cx: number;
  cy: number;
  r: number;
}
export interface LabelReading {
  id: string;
  /** The label's plate (its <rect>). */
  box: Box;
  /** The drawn text's own box: must fit in the plate (widths were measured in the real font). */
  text: Box;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** For five points of the plate (centre, then four inset points), the label elementFromPoint hit. */
  hits: Array<string | null>;
}
export interface MapReading {
  canvas: Box;
  labels: LabelReading[];
  halos: Round[];
  pins: Round[];
}

/** Waits until the map's animations have ended and its labels stop moving, then reads it. */
export async function readMap(page: Page): Promise<MapReading> {
  // The map slide is a lazy chunk: its <section> can be on stage (Suspense) before the map is.
  // Read only once it alone is on stage with its drawing and labels mounted.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('section.slide').length === 1 &&
      document.querySelector('section.slide .s-map__svg') !== null &&
      document.querySelector('section.slide .s-map__canvas') !== null &&
      document.querySelector('section.slide .s-map__label') !== null,
  );
  let last = '';
  for (let tries = 0; tries < 100; tries++) {
    const reading = await page.evaluate(async () => {
      const finite = () =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      for (let running = finite(); running.length > 0; running = finite())
        await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      await document.fonts.ready;
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const box = (el: Element): Box => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const round = (el: Element): Round => {
        const r = el.getBoundingClientRect();
        const id = el.closest('[data-place]')?.getAttribute('data-place') ?? '?';
        return { id, cx: r.x + r.width / 2, cy: r.y + r.height / 2, r: Math.max(r.width, r.height) / 2 };
      };
      const svg = document.querySelector('section.slide .s-map__svg')!.getBoundingClientRect();
      const labels = [...document.querySelectorAll('section.slide .s-map__label')].map((g) => {
        const id = g.getAttribute('data-place') ?? '?';
        const plate = box(g.querySelector('rect')!);
        const line = g.querySelector('line');
        const at = (fx: number, fy: number): string | null => {
          const hit = document.elementFromPoint(plate.x + plate.width * fx, plate.y + plate.height * fy);
          return hit?.closest('.s-map__label')?.getAttribute('data-place') ?? hit?.getAttribute('class') ?? null;
        };
        const coord = (name: string, origin: number) => Number(line!.getAttribute(name)) + origin;
        return {
          id,
          box: plate,
          text: box(g.querySelector('text')!),
          leader: line
            ? { x1: coord('x1', svg.x), y1: coord('y1', svg.y), x2: coord('x2', svg.x), y2: coord('y2', svg.y) }
            : null,
          hits: [at(0.5, 0.5), at(0.15, 0.25), at(0.85, 0.25), at(0.15, 0.75), at(0.85, 0.75)],
        };
      });
      return {
        canvas: box(document.querySelector('section.slide .s-map__canvas')!),
        labels,
        halos: [...document.querySelectorAll('section.slide .s-map__halo')].map(round),
        pins: [...document.querySelectorAll('section.slide .s-map__pin')].map(round),
      };
    });
    const key = JSON.stringify(reading.labels.map((l) => l.box));
    if (key === last && reading.labels.length > 0) return reading;
    last = key;
  }
  throw new Error('the map labels never settled');
}

const gapBetween = (a: Box, b: Box): number =>
  Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
const distanceTo = (px: number, py: number, b: Box): number =>
  Math.hypot(Math.max(b.x - px, 0, px - (b.x + b.width)), Math.max(b.y - py, 0, py - (b.y + b.height)));
const f = (n: number) => n.toFixed(1);
/** Whether segment (x1,y1)–(x2,y2) passes closer than r to (cx,cy). */
function passesWithin(x1: number, y1: number, x2: number, y2: number, cx: number, cy: number, r: number): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.min(1, Math.max(0, ((cx - x1) * dx + (cy - y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(x1 + t * dx - cx, y1 + t * dy - cy) < r;
}

/**
 * Every broken rule, in words: labels that intersect or touch (closer than `minGap` px), a halo
 * or pin under a label, halos that overlap, a label outside the map, text wider than its plate,
 * a label whose plate is covered (elementFromPoint finds something else), a label set away from
 * its marker without a leader line.
 */
export function mapProblems(m: MapReading, minGap = 2): string[] {
  const out: string[] = [];
  const { labels, halos, pins, canvas } = m;
  const marks = [...halos.map((h) => ({ ...h, what: 'halo' })), ...pins.map((p) => ({ ...p, what: 'pin' }))];
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i];
    for (let j = i + 1; j < labels.length; j++) {
      const g = gapBetween(a.box, labels[j].box);
      if (g < minGap) out.push(`labels ${a.id} and ${labels[j].id} ${g < 0 ? 'intersect' : 'touch'} (gap ${f(g)} px)`);
    }
    for (const k of marks) {
      const d = distanceTo(k.cx, k.cy, a.box);
      if (d < k.r) out.push(`the ${k.what} of ${k.id} lies under label ${a.id} (${f(k.r - d)} px deep)`);
    }
    const b = a.box;
    if (b.x < canvas.x || b.y < canvas.y || b.x + b.width > canvas.x + canvas.width || b.y + b.height > canvas.y + canvas.height)
      out.push(`label ${a.id} leaves the map's box`);
    const t = a.text;
    if (t.x < b.x - 0.5 || t.x + t.width > b.x + b.width + 0.5) out.push(`text of ${a.id} (${f(t.width)} px) overflows its plate (${f(b.width)} px)`);
    const covered = a.hits.filter((h) => h !== a.id);
    if (covered.length > 0) out.push(`label ${a.id} is covered at ${covered.length} of 5 points (by ${covered.join(', ')})`);
    const own = marks.find((k) => k.id === a.id);
    if (own) {
      const away = distanceTo(own.cx, own.cy, b) - own.r;
      if (away > 14 && !a.leader) out.push(`label ${a.id} is ${f(away)} px from its marker with no leader line`);
      // The line from the marker to its label must not pass another marker (else it reads as that one's).
      const nx = Math.min(Math.max(own.cx, b.x), b.x + b.width);
      const ny = Math.min(Math.max(own.cy, b.y), b.y + b.height);
      for (const k of marks) {
        const d = Math.hypot(k.cx - own.cx, k.cy - own.cy);
        const core = d >= k.r + own.r ? k.r : k.r * 0.6;
        if (k !== own && d >= core && passesWithin(own.cx, own.cy, nx, ny, k.cx, k.cy, core - 0.5))
          out.push(`label ${a.id} sits beyond the ${k.what} of ${k.id}`);
      }
      if (a.leader) {
        const start = Math.hypot(a.leader.x1 - own.cx, a.leader.y1 - own.cy);
        if (Math.abs(start - own.r) > 3) out.push(`the leader of ${a.id} does not start at its marker`);
        if (distanceTo(a.leader.x2, a.leader.y2, b) > 1) out.push(`the leader of ${a.id} does not reach its label`);
      }
    }
  }
  for (let i = 0; i < halos.length; i++)
    for (let j = i + 1; j < halos.length; j++) {
      const d = Math.hypot(halos[i].cx - halos[j].cx, halos[i].cy - halos[j].cy);
      if (d < halos[i].r + halos[j].r - 0.5) out.push(`halos of ${halos[i].id} and ${halos[j].id} overlap`);
    }
  return out;
}

/** The same reading with every label simply set right of its marker's centre: the unplaced layout. */
export function unplaced(m: MapReading): MapReading {
  const centre = new Map([...m.halos, ...m.pins].map((k) => [k.id, k]));
  const labels = m.labels.map((l) => {
    const k = centre.get(l.id)!;
    const box = { ...l.box, x: k.cx + 12, y: k.cy - l.box.height / 2 };
    const text = { ...l.text, x: box.x + (l.text.x - l.box.x), y: box.y + (l.text.y - l.box.y) };
    return { ...l, box, text, leader: null };
  });
  return { ...m, labels };
}
