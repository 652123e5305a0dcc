/**
 * The map's label placer (issue 17 item 3) on the bundled deck's own places, projected as the
 * map projects them: no two labels touch, none covers a marker or halo, every label stays inside
 * the box, a moved label gets a leader line, and the result is deterministic. The same checker
 * run on naive positions (every label right of its marker) finds collisions: it can fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitProjection, projectPlaces } from '../../../src/renderer/src/map/projection';
import { haloRadii } from '../../../src/renderer/src/map/halos';
import {
  distanceToRect,
  placeLabels,
  rectsClash,
  segmentHitsRect,
  type LabelRequest,
  type PlacedLabel,
} from '../../../src/renderer/src/map/labels';

interface Pin {
  id: string;
  lon: number;
  lat: number;
  area?: boolean;
  kind: string;
  label: Record<string, string>;
}
const deck = JSON.parse(
  readFileSync(join(__dirname, '../../../resources/content/chery-global-2020/deck.json'), 'utf8'),
) as { locales: string[]; slides: Array<{ type: string; pins?: Pin[] }> };
const pins = deck.slides.find((s) => s.type === 'map')!.pins!;

/** Map boxes and stage units close to what the slide gives the map at 1920×1080 and 1080×1920. */
const SCREENS = {
  landscape: { box: { width: 1290, height: 640 }, u: 10 },
  portrait: { box: { width: 1040, height: 713 }, u: 10.8 },
} as const;

/** The requests the map makes: halos sized by haloRadii, widths estimated from the text length. */
function requestsFor(orientation: keyof typeof SCREENS, locale: string): LabelRequest[] {
  const { box, u } = SCREENS[orientation];
  const points = projectPlaces(fitProjection(pins, box, orientation, u * 3), pins).map((p) => ({
    ...p,
    area: p.area === true,
    pinRadius: p.kind === 'headquarters' ? u * 1.7 : u * 0.95,
  }));
  const halos = haloRadii(points, u * 4.5, u * 1.2, u * 0.6);
  const fontPx = u * 2.8;
  // CJK glyphs are about one em wide, Latin/Cyrillic/Arabic letters about 0.6 em.
  const em = (text: string) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff]/u.test(ch) ? 1 : 0.6), 0);
  return points.map((p) => ({
    id: p.id,
    x: p.x,
    y: p.y,
    radius: halos.get(p.id) ?? p.pinRadius,
    width: em(p.label[locale]) * fontPx + u * 2,
    height: fontPx * 1.45,
  }));
}

/** Every rule a layout breaks, in words (empty when it is clean). */
function problemsOf(placed: readonly PlacedLabel[], requests: readonly LabelRequest[], box: { width: number; height: number }, gap: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i];
    for (let j = i + 1; j < placed.length; j++)
      if (rectsClash(a, placed[j], gap - 0.02)) out.push(`${a.id} touches ${placed[j].id}`);
    for (const m of requests)
      if (distanceToRect(m, a) < m.radius + gap - 0.02) out.push(`${a.id} covers the marker of ${m.id}`);
    if (a.x < 0 || a.y < 0 || a.x + a.width > box.width || a.y + a.height > box.height) out.push(`${a.id} leaves the box`);
    const own = requests.find((q) => q.id === a.id)!;
    const away = distanceToRect(own, a) - own.radius - gap;
    if (away > gap + 0.02 && !a.leader) out.push(`${a.id} is ${Math.round(away)} px off its marker without a leader`);
    if (a.leader) {
      const { x1, y1, x2, y2 } = a.leader;
      if (distanceToRect({ x: x2, y: y2 }, a) > 0.01) out.push(`${a.id}'s leader does not reach its label`);
      if (Math.abs(Math.hypot(x1 - own.x, y1 - own.y) - own.radius) > 0.01) out.push(`${a.id}'s leader does not start at its marker`);
      for (const b of placed)
        if (b !== a && segmentHitsRect({ x: x1, y: y1 }, { x: x2, y: y2 }, b)) out.push(`${a.id}'s leader crosses ${b.id}`);
    }
  }
  return out;
}

describe('placeLabels on the bundled deck', () => {
  for (const orientation of ['landscape', 'portrait'] as const) {
    for (const locale of deck.locales) {
      it(`${locale} ${orientation}: no label touches another or a marker, all inside, moved ones have leaders`, () => {
        const { box, u } = SCREENS[orientation];
        const requests = requestsFor(orientation, locale);
        const gap = u * 0.6;
        const placed = placeLabels(requests, box, { gap, margin: u * 0.4 });
        expect(placed.map((l) => l.id)).toEqual(requests.map((q) => q.id));
        expect(problemsOf(placed, requests, box, gap)).toEqual([]);
        // Leaders exactly where labels moved.
        for (const l of placed) expect(l.displaced).toBe(l.leader !== null);
      });
    }
  }

  it('control: labels simply set right of their markers collide (Wuhu and Shanghai at least)', () => {
    const { box, u } = SCREENS.landscape;
    const requests = requestsFor('landscape', 'en');
    const gap = u * 0.6;
    const naive: PlacedLabel[] = requests.map((q) => ({
      id: q.id,
      x: q.x + q.radius + gap,
      y: q.y - q.height / 2,
      width: q.width,
      height: q.height,
      displaced: false,
      leader: null,
    }));
    const problems = problemsOf(naive, requests, box, gap);
    expect(problems.some((p) => /^(wuhu|shanghai) (touches|covers the marker of) (wuhu|shanghai)/.test(p))).toBe(true);
  });

  it('is deterministic and does not depend on the order of the places', () => {
    const { box, u } = SCREENS.portrait;
    const requests = requestsFor('portrait', 'ru');
    const once = placeLabels(requests, box, { gap: u * 0.6 });
    expect(placeLabels(requests, box, { gap: u * 0.6 })).toEqual(once);
    const reversed = placeLabels([...requests].reverse(), box, { gap: u * 0.6 });
    expect([...reversed].reverse()).toEqual(once);
  });

  it('sizes halos so the crowded European regions never overlap, down to a floor', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const requests = requestsFor(orientation, 'en');
      const u = SCREENS[orientation].u;
      const areas = requests.filter((q) => pins.find((p) => p.id === q.id)!.area);
      for (const a of areas) {
        expect(a.radius).toBeGreaterThanOrEqual(u * 1.2);
        for (const b of areas)
          if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}/${b.id}`).toBeGreaterThanOrEqual(a.radius + b.radius);
      }
      // A lone region keeps the full size.
      expect(requests.find((q) => q.id === 'brazil')!.radius).toBe(u * 4.5);
    }
  });
});

describe('placeLabels on synthetic crowds', () => {
  const box = { width: 1000, height: 600 };

  it('spreads eight labels of markers at one spot, each with a leader', () => {
    const requests: LabelRequest[] = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i}`,
      x: 500 + i * 0.5,
      y: 300,
      radius: 8,
      width: 90 + i * 10,
      height: 40,
    }));
    const placed = placeLabels(requests, box, { gap: 6 });
    expect(problemsOf(placed, requests, box, 6)).toEqual([]);
    expect(placed.filter((l) => l.leader).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps a label by a box edge inside the box, on the side with room', () => {
    const [l] = placeLabels([{ id: 'a', x: 990, y: 595, radius: 6, width: 200, height: 40 }], box, { gap: 6, margin: 4 });
    expect(l.x + l.width).toBeLessThanOrEqual(996);
    expect(l.y + l.height).toBeLessThanOrEqual(596);
    expect(l.x + l.width).toBeLessThanOrEqual(990);
  });

  it('leaves an uncrowded label snug beside its marker, with no leader', () => {
    const [l] = placeLabels([{ id: 'a', x: 300, y: 300, radius: 10, width: 120, height: 40 }], box, { gap: 6 });
    expect(l.leader).toBeNull();
    expect(distanceToRect({ x: 300, y: 300 }, l)).toBeCloseTo(16, 5);
    expect(l.y + l.height / 2).toBeCloseTo(300, 5);
  });
});
