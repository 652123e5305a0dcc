import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** A place to mark, in degrees. */
export interface GeoPlace {
  id: string;
  lon: number;
  lat: number;
}

/** A point in the map box, in CSS pixels from its top-left corner. */
export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Degrees of margin around the marked places, so regions and labels have room. */
const PAD_LON = 18;
const PAD_LAT = 14;
/** Land further south is Antarctica: it holds no place of ours and only costs room. */
const SOUTH_LIMIT = -56;
const NORTH_LIMIT = 80;

/**
 * The lon/lat window the map must show: the places' bounding box, padded. In portrait
 * the box is narrow and tall, so the window gains latitude (Africa, South America stay whole)
 * instead of shrinking the world into a strip.
 */
export function focusWindow(places: readonly GeoPlace[], orientation: 'landscape' | 'portrait'): [Position, Position] {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const padLat = orientation === 'portrait' ? PAD_LAT * 1.6 : PAD_LAT;
  const west = Math.max(-180, Math.min(...lons) - PAD_LON);
  const east = Math.min(180, Math.max(...lons) + PAD_LON);
  const south = Math.max(SOUTH_LIMIT, Math.min(...lats) - padLat);
  const north = Math.min(NORTH_LIMIT, Math.max(...lats) + padLat);
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * The map's rotation (degrees of longitude): the middle of the places' window comes to the
 * centre. It depends on the places' longitudes alone, not on the orientation or the box.
 */
export function mapRotation(places: readonly GeoPlace[]): number {
  const [[west], [east]] = focusWindow(places, 'landscape');
  return -(west + east) / 2;
}

/** Points along the edges of a lon/lat window (fitting to points avoids spherical-polygon winding traps). */
function windowOutline([[w, s], [e, n]]: [Position, Position]): Feature<Geometry> {
  const coords: Position[] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps;
    const lat = s + ((n - s) * i) / steps;
    coords.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: coords } };
}

/**
 * An Equal Earth projection centred on the places and fitted into `size` (minus `inset`
 * px on every side). Equal-area, so no region looks bigger than it is.
 */
export function fitProjection(
  places: readonly GeoPlace[],
  size: Size,
  orientation: 'landscape' | 'portrait',
  inset = 0,
): GeoProjection {
  const win = focusWindow(places, orientation);
  return geoEqualEarth()
    .rotate([mapRotation(places), 0])
    .fitExtent(
      [
        [inset, inset],
        [Math.max(inset + 1, size.width - inset), Math.max(inset + 1, size.height - inset)],
      ],
      windowOutline(win),
    );
}

/** Projects places into the box; a place the projection cannot show is dropped. */
export function projectPlaces<T extends GeoPlace>(projection: GeoProjection, places: readonly T[]): (T & Point)[] {
  const out: (T & Point)[] = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (xy) out.push({ ...p, x: xy[0], y: xy[1] });
  }
  return out;
}

/**
 * The control point of a curved arc between two projected points: a quadratic Bézier whose
 * control point is lifted "north" of the chord, so every arc reads as a route leaving the origin.
 */
function arcControl(from: Point, to: Point, lift: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  // The normal of the chord that points up the screen.
  let nx = -dy / (len || 1);
  let ny = dx / (len || 1);
  if (ny > 0) {
    nx = -nx;
    ny = -ny;
  }
  return { x: (from.x + to.x) / 2 + nx * len * lift, y: (from.y + to.y) / 2 + ny * len * lift };
}

/** The arc from `from` to `to` as an SVG path (see arcControl). */
export function arcPath(from: Point, to: Point, lift = 0.28): string {
  const c = arcControl(from, to, lift);
  return `M${r(from.x)} ${r(from.y)} Q${r(c.x)} ${r(c.y)} ${r(to.x)} ${r(to.y)}`;
}

/** Points along the same arc, about `spacing` px apart (labels steer clear of them). */
export function arcPoints(from: Point, to: Point, spacing: number, lift = 0.28): Point[] {
  const c = arcControl(from, to, lift);
  const n = Math.max(2, Math.ceil((Math.hypot(to.x - from.x, to.y - from.y) * (1 + lift)) / spacing));
  const out: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    out.push({ x: a * from.x + b * c.x + t * t * to.x, y: a * from.y + b * c.y + t * t * to.y });
  }
  return out;
}

const r = (n: number): string => n.toFixed(1);

/** Removes Antarctica (every ring south of the limit) from a land feature collection. */
export function withoutAntarctica(land: FeatureCollection | Feature): FeatureCollection<MultiPolygon | Polygon> {
  const features = land.type === 'FeatureCollection' ? land.features : [land];
  const keep = (ring: Position[][]): boolean => ring[0].some(([, lat]) => lat > SOUTH_LIMIT);
  const out: Feature<MultiPolygon | Polygon>[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'MultiPolygon') {
      out.push({ ...f, geometry: { type: 'MultiPolygon', coordinates: g.coordinates.filter(keep) } });
    } else if (g?.type === 'Polygon' && keep(g.coordinates)) {
      out.push({ ...f, geometry: g });
    }
  }
  return { type: 'FeatureCollection', features: out };
}
