import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeWindows, type DisplayInfo, type Rect } from '../../../src/main/display-placement';
import type { Mode } from '../../../src/shared/deck/state';

/** A display whose work area loses a 40 px taskbar at the bottom. */
function display(id: number, x: number, y: number, width: number, height: number): DisplayInfo {
  return { id, bounds: { x, y, width, height }, workArea: { x, y, width, height: height - 40 } };
}

const laptop = display(1, 0, 0, 1920, 1080);
const projector = display(2, 1920, 0, 1280, 800);
const leftScreen = display(3, -2560, -200, 2560, 1440);

const inside = (r: Rect, area: Rect) =>
  r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;

describe('one display', () => {
  it('kiosk: audience fullscreen, no presenter', () => {
    expect(placeWindows([laptop], 1, { mode: 'kiosk', preferredDisplay: null })).toEqual({
      audience: { displayId: 1, bounds: laptop.bounds, fullscreen: true },
      presenter: null,
    });
  });

  it('window: 1280×720 centred in the work area', () => {
    const { audience, presenter } = placeWindows([laptop], 1, { mode: 'window', preferredDisplay: null });
    expect(audience).toEqual({ displayId: 1, bounds: { x: 320, y: 160, width: 1280, height: 720 }, fullscreen: false });
    expect(presenter).toBeNull();
  });

  it('window on a small screen shrinks, keeping 16:9', () => {
    const small = display(9, 0, 0, 1024, 640);
    const { audience } = placeWindows([small], 9, { mode: 'window', preferredDisplay: null });
    expect(audience.bounds).toEqual({ x: 0, y: 12, width: 1024, height: 576 });
    expect(inside(audience.bounds, small.workArea)).toBe(true);
  });

  it('present: both normal windows, presenter 70 % centred on top of the audience', () => {
    const { audience, presenter } = placeWindows([laptop], 1, { mode: 'present', preferredDisplay: null });
    expect(audience).toEqual({ displayId: 1, bounds: laptop.workArea, fullscreen: false });
    expect(presenter).toEqual({
      displayId: 1,
      bounds: { x: 288, y: 156, width: 1344, height: 728 },
      fullscreen: false,
    });
  });
});

describe('two displays', () => {
  it('present: audience fullscreen on the external display, presenter on the primary work area', () => {
    expect(placeWindows([laptop, projector], 1, { mode: 'present', preferredDisplay: null })).toEqual({
      audience: { displayId: 2, bounds: projector.bounds, fullscreen: true },
      presenter: { displayId: 1, bounds: laptop.workArea, fullscreen: false },
    });
  });

  it('present: the primary need not be listed first', () => {
    const { audience, presenter } = placeWindows([projector, laptop], 1, { mode: 'present', preferredDisplay: null });
    expect([audience.displayId, presenter?.displayId]).toEqual([2, 1]);
  });

  it('present with --screen pointing at the primary swaps the roles', () => {
    const { audience, presenter } = placeWindows([laptop, projector], 1, { mode: 'present', preferredDisplay: 0 });
    expect(audience).toEqual({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
    expect(presenter).toEqual({ displayId: 2, bounds: projector.workArea, fullscreen: false });
  });

  it('kiosk: primary by default, --screen N when given', () => {
    expect(placeWindows([laptop, projector], 1, { mode: 'kiosk', preferredDisplay: null }).audience.displayId).toBe(1);
    expect(placeWindows([laptop, projector], 1, { mode: 'kiosk', preferredDisplay: 1 }).audience.displayId).toBe(2);
  });

  it('negative coordinates: a display left of and above the primary', () => {
    const { audience, presenter } = placeWindows([laptop, leftScreen], 1, { mode: 'present', preferredDisplay: null });
    expect(audience).toEqual({
      displayId: 3,
      bounds: { x: -2560, y: -200, width: 2560, height: 1440 },
      fullscreen: true,
    });
    expect(presenter?.displayId).toBe(1);
    const windowed = placeWindows([leftScreen, laptop], 3, { mode: 'window', preferredDisplay: null }).audience;
    expect(windowed.bounds).toEqual({ x: -1920, y: 140, width: 1280, height: 720 });
  });

  it('an out-of-range or non-integer --screen falls back', () => {
    for (const preferredDisplay of [5, -1, 1.5]) {
      expect(placeWindows([laptop, projector], 1, { mode: 'present', preferredDisplay }).audience.displayId).toBe(2);
      expect(placeWindows([laptop, projector], 1, { mode: 'kiosk', preferredDisplay }).audience.displayId).toBe(1);
    }
  });
});

describe('three displays', () => {
  const three = [laptop, projector, leftScreen];

  it('present: first non-primary by default, the chosen one with --screen', () => {
    const byDefault = placeWindows(three, 1, { mode: 'present', preferredDisplay: null });
    expect([byDefault.audience.displayId, byDefault.presenter?.displayId]).toEqual([2, 1]);
    const chosen = placeWindows(three, 1, { mode: 'present', preferredDisplay: 2 });
    expect([chosen.audience.displayId, chosen.presenter?.displayId]).toEqual([3, 1]);
    expect(chosen.audience.bounds).toEqual(leftScreen.bounds);
  });

  it('an unknown primary id falls back to the first display', () => {
    const { audience, presenter } = placeWindows(three, 42, { mode: 'present', preferredDisplay: null });
    expect([audience.displayId, presenter?.displayId]).toEqual([2, 1]);
  });
});

describe('hot-plug', () => {
  it('a projector plugged in late takes the audience; unplugged, the audience comes back', () => {
    const opts = { mode: 'present' as const, preferredDisplay: null };
    const before = placeWindows([laptop], 1, opts);
    expect(before.audience.fullscreen).toBe(false);
    const plugged = placeWindows([laptop, projector], 1, opts);
    expect(plugged.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
    const unplugged = placeWindows([laptop], 1, opts);
    expect(unplugged).toEqual(before);
  });

  it('kiosk: the display holding the audience is removed → the audience moves to what remains', () => {
    expect(placeWindows([laptop, projector], 1, { mode: 'kiosk', preferredDisplay: 1 }).audience.displayId).toBe(2);
    expect(placeWindows([laptop], 1, { mode: 'kiosk', preferredDisplay: 1 }).audience.displayId).toBe(1);
  });

  it('the primary itself removed: the remaining display is used', () => {
    const { audience } = placeWindows([projector], 1, { mode: 'kiosk', preferredDisplay: null });
    expect(audience).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
  });

  it('no displays at all (transient during hot-plug) still yields a layout', () => {
    const { audience } = placeWindows([], 1, { mode: 'present', preferredDisplay: 0 });
    expect(audience.bounds.width).toBeGreaterThan(0);
  });
});

describe('properties', () => {
  const rect = fc.record({
    x: fc.integer({ min: -8000, max: 8000 }),
    y: fc.integer({ min: -8000, max: 8000 }),
    width: fc.integer({ min: 640, max: 7680 }),
    height: fc.integer({ min: 480, max: 4320 }),
  });
  const displaysArb = fc
    .array(rect, { minLength: 1, maxLength: 4 })
    .map((rects) => rects.map((r, i) => ({ id: 100 + i, bounds: r, workArea: { ...r, height: r.height - 30 } })));
  const modeArb = fc.constantFrom<Mode>('kiosk', 'present', 'window');
  const prefArb = fc.option(fc.integer({ min: -1, max: 5 }), { nil: null });

  it('every window lies on a connected display, inside it, and fullscreen only on its own display', () => {
    fc.assert(
      fc.property(displaysArb, fc.nat(5), modeArb, prefArb, (displays, primaryIndex, mode, preferredDisplay) => {
        const primaryId = displays[primaryIndex % displays.length].id;
        const layout = placeWindows(displays, primaryId, { mode, preferredDisplay });
        for (const p of [layout.audience, layout.presenter]) {
          if (!p) continue;
          const d = displays.find((x) => x.id === p.displayId);
          expect(d).toBeDefined();
          expect(inside(p.bounds, p.fullscreen ? d!.bounds : d!.workArea)).toBe(true);
        }
        expect(layout.presenter !== null).toBe(mode === 'present');
        if (mode === 'present' && displays.length > 1)
          expect(layout.presenter?.displayId).not.toBe(layout.audience.displayId);
      }),
    );
  });
});
