import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
// `?url`: the atlas is emitted as a file of the app and fetched from our own origin,
// so it stays out of the JS bundle and never leaves the machine.
import landUrl from 'world-atlas/land-110m.json?url';
import { mapRotation, withoutAntarctica, type GeoPlace } from './projection';
import { prepareLandShape, preparedLandShape } from './land-path';

export type Land = FeatureCollection<MultiPolygon | Polygon>;

let cache: Promise<Land | null> | null = null;

/** Loads the land outline once per page; null if it cannot be read (the map then shows pins only). */
export function loadLand(): Promise<Land | null> {
  cache ??= fetch(landUrl)
    .then((res) => (res.ok ? (res.json() as Promise<Topology<{ land: GeometryCollection }>>) : null))
    .then((topology) => {
      if (!topology?.objects.land) return null;
      // Only the `land` object: one outline of the continents, no countries, no borders.
      return withoutAntarctica(feature(topology, topology.objects.land));
    })
    .catch(() => null);
  return cache;
}

/**
 * Loads the land and draws its outline for a map of these places, ahead of the map slide (see
 * land-path.ts); null if the land cannot be read.
 */
export async function prepareLand(places: readonly GeoPlace[]): Promise<string | null> {
  const land = await loadLand();
  return land ? prepareLandShape(land, mapRotation(places)) : null;
}

/**
 * The land outline (reference frame, see land-path.ts) for a map of these places: at once when
 * prepared ahead, else null until it has been drawn (the map shows its pins meanwhile).
 */
export function useLandShape(places: readonly GeoPlace[]): string | null {
  const rotation = mapRotation(places);
  // `rotation` of the newest answer: with no land (unreadable atlas) the answer is null, once.
  const [answer, setAnswer] = useState<{ rotation: number; d: string | null } | null>(null);
  const prepared = preparedLandShape(rotation);
  useEffect(() => {
    if (prepared !== undefined) return;
    let live = true;
    void prepareLand(places).then((d) => {
      if (live) setAnswer({ rotation, d });
    });
    return () => {
      live = false;
    };
  }, [places, rotation, prepared]);
  return prepared ?? (answer?.rotation === rotation ? answer.d : null);
}
