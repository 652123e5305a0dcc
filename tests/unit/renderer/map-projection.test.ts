import { describe, expect, it } from 'vitest';
import {
  arcPath,
  fitProjection,
  focusWindow,
  projectPlaces,
  withoutAntarctica,
} from '../../../src/renderer/src/map/projection';

// The places the source names (cities as points, regions near their middle).
const places = [
  { id: 'wuhu', lon: 118.38, lat: 31.33 },
  { id: 'shanghai', lon: 121.47, lat: 31.23 },
  { id: 'europe', lon: 10, lat: 50 },
  { id: 'north-america', lon: -98, lat: 40 },
  { id: 'brazil', lon: -51, lat: -11 },
  { id: 'russia', lon: 50, lat: 56 },
  { id: 'ukraine', lon: 31, lat: 49 },
  { id: 'egypt', lon: 30, lat: 27 },
  { id: 'italy', lon: 12.5, lat: 42.5 },
];

const boxes = {
  landscape: { width: 1150, height: 700 },
  portrait: { width: 1040, height: 710 },
} as const;

describe('map projection', () => {
  for (const orientation of ['landscape', 'portrait'] as const) {
    const box = boxes[orientation];
    const projection = fitProjection(places, box, orientation, 30);
    const pts = new Map(projectPlaces(projection, places).map((p) => [p.id, p]));

    it(`${orientation}: every place lands inside the box`, () => {
      expect(pts.size).toBe(places.length);
      for (const p of pts.values()) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(box.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(box.height);
      }
    });

    it(`${orientation}: geography keeps its order (east is right, north is up)`, () => {
      const at = (id: string) => pts.get(id)!;
      expect(at('wuhu').x).toBeGreaterThan(at('italy').x);
      expect(at('italy').x).toBeGreaterThan(at('north-america').x);
      expect(at('shanghai').x).toBeGreaterThan(at('wuhu').x);
      expect(at('russia').y).toBeLessThan(at('egypt').y);
      expect(at('egypt').y).toBeLessThan(at('brazil').y);
    });
  }

  it('pads the window around the places and keeps Antarctica out', () => {
    const [[w, s], [e, n]] = focusWindow(places, 'landscape');
    expect(w).toBeLessThan(-98);
    expect(e).toBeGreaterThan(121.47);
    expect(s).toBeGreaterThanOrEqual(-56);
    expect(n).toBeGreaterThan(56);
  });
});

describe('arcPath', () => {
  it('is a quadratic curve between the two points, bulging up the screen', () => {
    const d = arcPath({ x: 100, y: 200 }, { x: 500, y: 200 });
    const m = /^M100\.0 200\.0 Q(-?[\d.]+) (-?[\d.]+) 500\.0 200\.0$/.exec(d);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeCloseTo(300, 0);
    expect(Number(m![2])).toBeLessThan(200);
    // Same bulge direction when drawn the other way.
    const back = /Q(-?[\d.]+) (-?[\d.]+)/.exec(arcPath({ x: 500, y: 200 }, { x: 100, y: 200 }))!;
    expect(Number(back[2])).toBeLessThan(200);
  });
});

describe('withoutAntarctica', () => {
  it('drops polygons that lie wholly south of the limit', () => {
    const ring = (lat: number) => [
      [0, lat],
      [10, lat],
      [10, lat + 5],
      [0, lat],
    ];
    const out = withoutAntarctica({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [[ring(-80)], [ring(40)]] },
    });
    expect(out.features).toHaveLength(1);
    expect(out.features[0].geometry.type).toBe('MultiPolygon');
    expect((out.features[0].geometry as { coordinates: unknown[] }).coordinates).toHaveLength(1);
  });
});
