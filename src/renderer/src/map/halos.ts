import type { Point } from './projection';

/**
 * Region halos sized so they never pile on each other or on a city pin: each halo shrinks to
 * half the distance to the nearest other halo (or to the pin's edge), never below `min`.
 */
export function haloRadii(
  places: readonly (Point & { id: string; area: boolean; pinRadius: number })[],
  max: number,
  min: number,
  gap: number,
): Map<string, number> {
  const radii = new Map<string, number>();
  for (const p of places) {
    if (!p.area) continue;
    let r = max;
    for (const o of places) {
      if (o === p) continue;
      const d = Math.hypot(o.x - p.x, o.y - p.y);
      r = Math.min(r, o.area ? (d - gap) / 2 : d - o.pinRadius - gap);
    }
    radii.set(p.id, Math.max(min, r));
  }
  return radii;
}
