/**
 * The land outline is drawn once per rotation in a reference frame and placed by a transform
 * (issue 19): the drawn path must be d3-geo's own, and the transform must put every point where
 * the fitted projection puts it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { withoutAntarctica } from '../../../src/renderer/src/map/projection';
import { landTransform, prepareLandShape, preparedLandShape } from '../../../src/renderer/src/map/land-path';
import type { Land } from '../../../src/renderer/src/map/use-land';

const ring = (lon: number, lat: number, size = 10) => [
  [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ],
];
// A polygon, a multipolygon and one that crosses the antimeridian (d3 cuts it there).
const land: Land = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: ring(0, 0) } },
    { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [ring(40, 20), ring(-70, -30, 20)] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: ring(170, 50, 20) } },
  ],
};
const reference = (rotation: number) => geoEqualEarth().rotate([rotation, 0]).scale(1000).translate([0, 0]);

describe('land outline', () => {
  it('is the path d3-geo draws for the whole land in the reference frame', async () => {
    expect(await prepareLandShape(land, -20)).toBe(geoPath(reference(-20))(land));
    expect(await prepareLandShape(land, 150)).toBe(geoPath(reference(150))(land));
  });

  it('is the same path when drawn in steps: the bundled atlas, yielding between steps', async () => {
    const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ land: GeometryCollection }>;
    const atlas = withoutAntarctica(feature(topology, topology.objects.land));
    let yields = 0;
    const tick = setInterval(() => yields++, 0);
    const drawn = await prepareLandShape(atlas, -35, 0); // a step per polygon
    clearInterval(tick);
    expect(drawn).toBe(geoPath(reference(-35))(atlas));
    expect(drawn.length).toBeGreaterThan(10_000);
    expect(yields).toBeGreaterThan(0); // other tasks ran while it was drawn
  });

  it('is drawn once per rotation and then read at once', async () => {
    const a = prepareLandShape(land, 33);
    const b = prepareLandShape(land, 33);
    expect(preparedLandShape(33)).toBeUndefined();
    expect(await a).toBe(await b);
    expect(preparedLandShape(33)).toBe(await a);
    expect(preparedLandShape(34)).toBeUndefined();
  });

  it('is placed by its transform where the fitted projection puts each point', () => {
    const fitted = geoEqualEarth()
      .rotate([-20, 0])
      .fitExtent(
        [
          [30, 30],
          [1570, 770],
        ],
        land,
      );
    const [, tx, ty, k] = /^translate\((\S+) (\S+)\) scale\((\S+)\)$/.exec(landTransform(fitted))!.map(Number);
    for (const p of [
      [5, 5],
      [45, 25],
      [-60, -20],
    ] as const) {
      const [rx, ry] = reference(-20)([p[0], p[1]])!;
      const [fx, fy] = fitted([p[0], p[1]])!;
      expect(rx * k + tx).toBeCloseTo(fx, 6);
      expect(ry * k + ty).toBeCloseTo(fy, 6);
    }
  });
});
