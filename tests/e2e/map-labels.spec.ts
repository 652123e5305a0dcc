/**
 * Map labels placed, not piled (issue 17 item 3): in every locale and both orientations the
 * bundled deck's map, as Chromium lays it out in the locale's real font, has no two labels that
 * intersect or touch, no halo or pin under a label, nothing drawn over a label, no overlapping
 * halos, every label inside the map and a leader line for every label set away from its marker.
 * Controls prove the checks can fail: the unplaced labels of the same reading collide, and a
 * shape drawn over a label or a text grown past its plate is reported.
 */
import { test, expect } from '@playwright/test';
import { gotoSlide, openWalk, type Orientation, type Walk } from '../support/slide-walk';
import { mapProblems, readMap, unplaced } from '../support/map-checks';

const LOCALES = ['en', 'zh-CN', 'ar', 'ru'];
const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];

async function openMap(walk: Walk): Promise<void> {
  const index = walk.slides.findIndex((s) => s.type === 'map');
  expect(index, 'the bundled deck has a map slide').toBeGreaterThanOrEqual(0);
  await gotoSlide(walk, index);
}

for (const locale of LOCALES)
  for (const orientation of ORIENTATIONS)
    test(`${locale} ${orientation}: map labels never collide, nothing covers them, all inside the map`, async ({
      browser,
    }) => {
      const walk = await openWalk(browser, { orientation, locale });
      try {
        await openMap(walk);
        const map = await readMap(walk.page);
        const pins = walk.slides.find((s) => s.type === 'map')!;
        expect(map.labels.map((l) => l.id).sort()).toEqual(
          ('pins' in pins ? pins.pins : []).map((p) => p.id).sort(),
        );
        // The source's crowded places are all on screen (not dropped to make room).
        for (const id of ['wuhu', 'shanghai', 'europe', 'italy', 'ukraine', 'russia'])
          expect(map.labels.some((l) => l.id === id), id).toBe(true);
        expect(mapProblems(map)).toEqual([]);
        // Control on the very same reading: labels left where a naive map puts them collide.
        expect(mapProblems(unplaced(map)).filter((p) => /^labels .* (intersect|touch)|lies under label/.test(p))).not.toEqual(
          [],
        );
        test.info().annotations.push({
          type: `${locale} ${orientation}`,
          description: `${map.labels.length} labels, ${map.labels.filter((l) => l.leader).length} with leaders; halos r ${map.halos.map((h) => `${h.id} ${h.r.toFixed(0)}`).join(', ')}`,
        });
      } finally {
        await walk.close();
      }
    });

test('control: the checks catch Wuhu and Shanghai touching, a shape over a label and text wider than its plate', async ({
  browser,
}) => {
  const walk = await openWalk(browser, { orientation: 'landscape', locale: 'en' });
  try {
    await openMap(walk);
    const clean = await readMap(walk.page);
    expect(mapProblems(clean)).toEqual([]);

    const naive = mapProblems(unplaced(clean));
    expect(naive.some((p) => /^(labels (wuhu and shanghai|shanghai and wuhu)|the (pin|halo) of (wuhu|shanghai) lies under label (wuhu|shanghai))/.test(p)), naive.join('\n')).toBe(true);

    // A halo-like disc drawn after the labels, over Europe's label, and Italy's text made huge
    // (through the CSSOM: the CSP drops style attributes, not script-set styles).
    await walk.page.evaluate(() => {
      const svg = document.querySelector('section.slide .s-map__svg')!;
      const plate = svg.querySelector('[data-place="europe"].s-map__label rect')!;
      const disc = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      disc.setAttribute('class', 'control-disc');
      disc.setAttribute('cx', String(Number(plate.getAttribute('x')) + Number(plate.getAttribute('width')) / 2));
      disc.setAttribute('cy', String(Number(plate.getAttribute('y')) + Number(plate.getAttribute('height')) / 2));
      disc.setAttribute('r', '60');
      svg.append(disc);
      const text = svg.querySelector<SVGTextElement>('[data-place="italy"].s-map__label text')!;
      text.style.fontSize = '300%';
    });
    const broken = mapProblems(await readMap(walk.page));
    expect(broken).toContainEqual(expect.stringMatching(/^label europe is covered at 5 of 5 points \(by control-disc/));
    expect(broken).toContainEqual(expect.stringMatching(/^text of italy .* overflows its plate/));
  } finally {
    await walk.close();
  }
});
