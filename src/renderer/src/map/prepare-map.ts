import type { MapPin } from '../../../shared/content';
import { mapLayout } from './map-layout';
import { prepareLand } from './use-land';
import { nextTask } from './land-path';

/** A box of the map's usual proportions, for warming the label placer up (see prepareMap). */
const WARM_BOX = { width: 1200, height: 640, unit: 10 };

/**
 * Readies a map slide ahead of time, after the first paint (slides/lazy-chunks.ts prepareMaps):
 * the land outline is drawn in steps, then the label placer runs once on these places in a box
 * of the usual proportions, in a task of its own. Its first run in a page is several times
 * slower than the next (the JIT has not compiled it yet), and that first run used to come as the
 * map slide entered during the attract loop, as one of the loop's long tasks (issue 19).
 */
export async function prepareMap(pins: readonly MapPin[]): Promise<void> {
  await prepareLand(pins);
  await nextTask();
  const font = `700 28px ${getComputedStyle(document.body).fontFamily}`;
  const names = pins.map((p) => Object.values(p.label)[0] ?? p.id);
  for (const orientation of ['landscape', 'portrait'] as const) {
    const [width, height] =
      orientation === 'landscape' ? [WARM_BOX.width, WARM_BOX.height] : [WARM_BOX.height, WARM_BOX.width];
    mapLayout({
      box: { width, height, unit: WARM_BOX.unit, font },
      pins,
      names,
      arcsFrom: pins[0]?.id ?? '',
      orientation,
    });
    await nextTask();
  }
}
