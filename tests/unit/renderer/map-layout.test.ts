import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mapLayout, type MapLayoutInput } from '../../../src/renderer/src/map/map-layout';
import type { MapPin } from '../../../src/shared/content';

const pin = (id: string, lon: number, lat: number, kind: MapPin['kind'] = 'market'): MapPin => ({
  id,
  lon,
  lat,
  kind,
  area: false,
  label: { en: id },
});
const pins = [pin('wuhu', 118.38, 31.33, 'headquarters'), pin('brazil', -51, -11), pin('egypt', 30, 27)];
const input = (over: Partial<MapLayoutInput> = {}): MapLayoutInput => ({
  box: { width: 1200, height: 700, unit: 10, font: '400 28px "Noto Sans"' },
  pins,
  names: pins.map((p) => p.id),
  arcsFrom: 'wuhu',
  orientation: 'landscape',
  ...over,
});

// The layout runs in the page; here a document whose canvas cannot measure (widths are then
// estimated) and whose font set answers as told.
let fontLoaded = false;
beforeEach(() => {
  fontLoaded = false;
  vi.stubGlobal('document', {
    createElement: () => ({ getContext: () => null }),
    fonts: { check: () => fontLoaded },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('mapLayout', () => {
  it('reuses the layout of the same inputs (a remount places no label again)', () => {
    const first = mapLayout(input());
    expect(mapLayout(input())).toBe(first);
    expect(first.labels.size).toBe(3);
    expect(first.arcs.map((a) => a.id)).toEqual(['brazil', 'egypt']);
  });

  it('lays out again for another box, language or orientation', () => {
    const first = mapLayout(input());
    expect(mapLayout(input({ box: { ...input().box, width: 1000 } }))).not.toBe(first);
    expect(mapLayout(input({ names: ['芜湖', 'brazil', 'egypt'] }))).not.toBe(first);
    expect(mapLayout(input({ orientation: 'portrait' }))).not.toBe(first);
  });

  it('never reuses a layout measured before the font had loaded once it has', () => {
    const withFallback = mapLayout(input());
    fontLoaded = true;
    const inFont = mapLayout(input());
    expect(inFont).not.toBe(withFallback);
    expect(mapLayout(input())).toBe(inFont);
  });
});
