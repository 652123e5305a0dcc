/**
 * The map's projected land outline is kept per projection (issue 19): the same projection gives
 * the same path without projecting again, another projection gets its own path, never a stale one.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { landPath } from '../../../src/renderer/src/map/land-path';
import type { Land } from '../../../src/renderer/src/map/use-land';

const square = (lon: number, lat: number): Land['features'][number] => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [[[lon, lat], [lon, lat + 10], [lon + 10, lat + 10], [lon + 10, lat], [lon, lat]]],
  },
});
const land: Land = { type: 'FeatureCollection', features: [square(0, 0), square(40, 20)] };

describe('landPath', () => {
  it('draws what d3-geo draws for the projection', () => {
    const projection = geoEqualEarth().fitExtent([[0, 0], [800, 400]], land);
    expect(landPath(land, projection)).toBe(geoPath(projection)(land));
  });

  it('reuses the path for an equal projection and redraws for another', () => {
    const a = geoEqualEarth().fitExtent([[0, 0], [640, 320]], land);
    const first = landPath(land, a);
    // A new projection object with the same parameters: the kept path, the very same string.
    const again = geoEqualEarth().fitExtent([[0, 0], [640, 320]], land);
    expect(landPath(land, again)).toBe(first);
    const other = geoEqualEarth().fitExtent([[0, 0], [1280, 640]], land);
    expect(landPath(land, other)).toBe(geoPath(other)(land));
    expect(landPath(land, other)).not.toBe(first);
  });

  it('stays correct after more projections than it keeps', () => {
    const sizes = [300, 400, 500, 600, 700, 800];
    for (const w of sizes) landPath(land, geoEqualEarth().fitExtent([[0, 0], [w, w / 2]], land));
    for (const w of sizes) {
      const p = geoEqualEarth().fitExtent([[0, 0], [w, w / 2]], land);
      expect(landPath(land, p)).toBe(geoPath(p)(land));
    }
  });
});
