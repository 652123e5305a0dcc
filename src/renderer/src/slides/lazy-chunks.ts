/**
 * Code that slide 1 never needs, split into chunks of their own (issue 19): the slide types after
 * the title, the map slide (d3-geo, topojson-client, its land data) and whatever else registers here. The first slide's
 * path loads none of it; {@link prefetchAfterFirstPaint} fetches all of it once the first slide
 * has been painted, so the attract loop never waits at the map.
 */

import type { Deck } from '../../../shared/content';
import { afterNextPaint } from '../after-paint';

/** Starts loading the map slide's chunk (idempotent: the module system keeps one promise). */
export const loadMapSlide = () => import('./map-slide');

export type LaterSlides = typeof import('./later-slides');
let laterSlides: LaterSlides | undefined;
/** Starts loading every slide type after the title (one chunk); idempotent like the map's. */
export const loadLaterSlides = (): Promise<LaterSlides> => import('./later-slides').then((m) => (laterSlides = m));
/** The later slide types when their chunk is here already, so they render with no extra pass. */
export const laterSlidesLoaded = (): LaterSlides | undefined => laterSlides;

const deferred: Array<() => Promise<unknown>> = [loadLaterSlides, loadMapSlide];
let scheduled = false;

/**
 * Readies every map in the deck after the first paint (map/prepare-map.ts: the land outline, the
 * label placer's first run), so the attract loop does neither while the map slide enters.
 */
export function prepareMaps(deck: Pick<Deck, 'slides'>): void {
  const maps = deck.slides.flatMap((s) => (s.type === 'map' ? [s.pins] : []));
  if (maps.length > 0)
    deferChunk(() => import('../map/prepare-map').then((m) => Promise.all(maps.map((pins) => m.prepareMap(pins)))));
}

/** Adds a chunk to fetch after the first paint (the presenter dashboard, the operator overlay, …). */
export function deferChunk(load: () => Promise<unknown>): void {
  if (scheduled) void load().catch(() => undefined);
  else deferred.push(load);
}

/**
 * Called when a slide has committed: two animation frames later that slide has been painted
 * (the first callback runs before the frame's paint, the second after it); then every deferred
 * chunk is requested. Only the first call does anything. A failed fetch is left to the
 * component's own load, which retries and reaches the slide's error boundary if it fails again.
 */
export function prefetchAfterFirstPaint(): void {
  if (scheduled) return;
  scheduled = true;
  afterNextPaint(() => {
    for (const load of deferred.splice(0)) void load().catch(() => undefined);
  });
}
