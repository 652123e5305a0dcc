import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
// `?url`: the atlas is emitted as a file of the app and fetched from our own origin,
// so it stays out of the JS bundle and never leaves the machine.
import landUrl from 'world-atlas/land-110m.json?url';
import { withoutAntarctica } from './projection';

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

/** The land outline for the map, or null while loading / when unavailable. */
export function useLand(): Land | null {
  const [land, setLand] = useState<Land | null>(null);
  useEffect(() => {
    let live = true;
    void loadLand().then((l) => {
      if (live) setLand(l);
    });
    return () => {
      live = false;
    };
  }, []);
  return land;
}
