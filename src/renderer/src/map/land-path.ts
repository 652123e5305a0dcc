import { geoPath, type GeoProjection } from 'd3-geo';
import type { Land } from './use-land';

/** Projected outlines kept per page, newest last; a handful covers both orientations. */
const MAX_KEPT = 4;
const kept = new Map<string, string>();

/**
 * The land outline as an SVG path for a projection. Projecting the atlas is the map slide's
 * costliest script (d3-geo's adaptive resampling, tens of ms); the attract loop mounts the
 * slide again every pass with the same box, so the path is kept by the projection's own
 * parameters (the same parameters draw the same path) and a remount reuses it.
 */
export function landPath(land: Land, projection: GeoProjection): string {
  const key = JSON.stringify([projection.scale(), projection.translate(), projection.rotate(), projection.center()]);
  const hit = kept.get(key);
  if (hit !== undefined) return hit;
  const d = geoPath(projection)(land) ?? '';
  kept.set(key, d);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return d;
}
