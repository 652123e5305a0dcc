import type { GeoProjection } from 'd3-geo';
import type { MapPin } from '../../../shared/content';
import { arcPath, arcPoints, fitProjection, projectPlaces, type Point } from './projection';
import { placeLabels, type PlacedLabel } from './labels';
import { haloRadii } from './halos';
import { measureText, type MeasuredBox } from './use-box';

/** Label font size in stage units: the 28 px floor holds at 1920×1080 and 1080×1920. */
const LABEL_U = 2.8;
/** A region halo's radius in stage units, and the least it shrinks to where places crowd. */
const HALO_U = 4.5;
const HALO_MIN_U = 1.2;

/** Radius (px) that a city pin covers, stroke included; the headquarters diamond is wider. */
const pinRadius = (headquarters: boolean, u: number): number =>
  (headquarters ? u * 1.1 * Math.SQRT2 : u * 0.8) + u * 0.15;

export interface MapLayoutInput {
  box: MeasuredBox;
  pins: readonly MapPin[];
  /** Each pin's label in the current language, in pin order. */
  names: readonly string[];
  arcsFrom: string;
  orientation: 'landscape' | 'portrait';
}

export interface MapLayout {
  projection: GeoProjection;
  points: Array<MapPin & Point & { area: boolean; pinRadius: number }>;
  halos: Map<string, number>;
  labels: Map<string, PlacedLabel>;
  arcs: Array<{ id: string; d: string }>;
  u: number;
}

/** Layouts kept per page, newest last: both orientations of every language fit. */
const MAX_KEPT = 12;
const kept = new Map<string, MapLayout>();

/**
 * Where everything on the map goes for one box and language: the projection, pins and halos,
 * arcs, and labels placed clear of each other (measured in the box's font). Label placement is
 * the map slide's costliest script; the attract loop mounts the slide again every pass with the
 * same inputs, so a layout is kept by them and a remount reuses it (issue 19: the mount was one
 * of the loop's long tasks). Whether the font has loaded is part of the key, so a layout measured
 * with a fallback font is never reused once the real one is in.
 */
export function mapLayout(input: MapLayoutInput): MapLayout {
  const { box, pins, names, arcsFrom, orientation } = input;
  const fontReady = typeof document !== 'undefined' && document.fonts?.check(box.font, names.join('')) === true;
  const key = JSON.stringify([box, orientation, arcsFrom, names, pins, fontReady]);
  const hit = kept.get(key);
  if (hit) return hit;
  const layout = computeLayout(input);
  kept.set(key, layout);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return layout;
}

function computeLayout({ box, pins, names, arcsFrom, orientation }: MapLayoutInput): MapLayout {
  const u = box.unit;
  const projection = fitProjection(pins, box, orientation, orientation === 'portrait' ? u * 1.5 : u * 3);
  const points = projectPlaces(projection, pins).map((p) => ({
    ...p,
    area: p.area === true,
    pinRadius: pinRadius(p.kind === 'headquarters', u),
  }));
  // Region halos shrink where places crowd (Europe, Italy, Ukraine, Russia) instead of piling up.
  const halos = haloRadii(points, u * HALO_U, u * HALO_MIN_U, u * 0.6);
  const radius = (p: (typeof points)[number]): number => halos.get(p.id) ?? p.pinRadius;
  const fontPx = u * LABEL_U;
  const requests = points.map((p, i) => ({
    id: p.id,
    x: p.x,
    y: p.y,
    radius: radius(p),
    width: measureText(names[i], box.font, fontPx) + u * 2,
    height: fontPx * 1.45,
  }));
  const origin = points.find((p) => p.id === arcsFrom);
  const targets = origin ? points.filter((p) => p.id !== origin.id) : [];
  const arcs = origin ? targets.map((p) => ({ id: p.id, d: arcPath(origin, p) })) : [];
  // Labels would rather not sit on the arcs (where they converge on the headquarters above all).
  const avoid = origin ? targets.flatMap((p) => arcPoints(origin, p, u)) : [];
  const placed = placeLabels(requests, box, { gap: u * 0.6, margin: u * 0.4, avoid, avoidCost: u * 0.2 });
  const labels = new Map<string, PlacedLabel>(placed.map((l) => [l.id, l]));
  return { projection, points, halos, labels, arcs, u };
}
