import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Land } from './use-land';

/**
 * The land outline is drawn once per map rotation, in a reference frame (this scale, origin at
 * 0,0), and placed in any box with an SVG transform: a fitted projection differs from the
 * reference only by scale and translation (fitProjection sets no clip extent), so the path is
 * the same shape. Projecting the atlas (d3-geo's adaptive resampling) was the map slide's
 * costliest script; now it runs once, ahead of the slide, in small steps (issue 19). At this
 * scale the resampling is finer than any box needs.
 */
const REFERENCE_SCALE = 1000;
/** Longest a step of preparation may run before it yields to the page, ms. */
const STEP_MS = 6;

const shapes = new Map<number, string>();
const pending = new Map<number, Promise<string>>();

/** Resolves in a later task: the page's other work (input, frames) runs in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const referenceProjection = (rotation: number): GeoProjection =>
  geoEqualEarth().rotate([rotation, 0]).scale(REFERENCE_SCALE).translate([0, 0]);

/** Each polygon of the land on its own: their paths, joined, are the whole outline's path. */
function polygonsOf(land: Land): Polygon[] {
  return land.features.flatMap(({ geometry }): Polygon[] =>
    geometry.type === 'Polygon'
      ? [geometry]
      : (geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })),
  );
}

/** The land outline in the reference frame for a rotation, if it has been prepared. */
export function preparedLandShape(rotation: number): string | undefined {
  return shapes.get(rotation);
}

/**
 * Prepares the land outline for a rotation in steps of at most STEP_MS each (one task per step),
 * so no task of the page runs long; resolves to the path (at once when prepared before).
 */
export function prepareLandShape(land: Land, rotation: number, stepMs = STEP_MS): Promise<string> {
  const done = shapes.get(rotation);
  if (done !== undefined) return Promise.resolve(done);
  let running = pending.get(rotation);
  if (!running) {
    running = drawInSteps(land, rotation, stepMs).then((d) => {
      shapes.set(rotation, d);
      pending.delete(rotation);
      return d;
    });
    pending.set(rotation, running);
  }
  return running;
}

async function drawInSteps(land: Land, rotation: number, stepMs: number): Promise<string> {
  const path = geoPath(referenceProjection(rotation));
  const parts: string[] = [];
  let stepStart = performance.now();
  for (const polygon of polygonsOf(land)) {
    if (performance.now() - stepStart >= stepMs) {
      await nextTask();
      stepStart = performance.now();
    }
    parts.push(path(polygon) ?? '');
  }
  return parts.join('');
}

/** The SVG transform that places the reference-frame outline in a projection fitted to a box. */
export function landTransform(projection: GeoProjection): string {
  const [tx, ty] = projection.translate();
  return `translate(${tx} ${ty}) scale(${projection.scale() / REFERENCE_SCALE})`;
}
