/**
 * "Swap displays" (issue 16 item 4): the pure decision (placeWindows with `swapped`,
 * canSwapDisplays) and setupWindows carrying it out on the Electron fakes: which window moves
 * where, in which steps, and what stays put.
 */
import { describe, expect, it } from 'vitest';
import { canSwapDisplays, placeWindows, type DisplayInfo } from '../../../src/main/display-placement';
import { setupWindows } from '../../../src/main/windows';
import type { Mode } from '../../../src/shared/deck/state';
import {
  createFakeBrowserWindowClass,
  createFakeScreen,
  fakeDisplay,
  type FakeBrowserWindow,
  type FakeDisplay,
} from '../../support/electron-fakes';

const laptop = fakeDisplay(1, 0);
const projector = fakeDisplay(2, 1920, 1280, 800);

describe('the decision', () => {
  it('swapped puts each window on the other one’s display, same shapes (audience fullscreen)', () => {
    const plain = placeWindows([laptop, projector], 1, { mode: 'present', preferredDisplay: null });
    const swapped = placeWindows([laptop, projector], 1, { mode: 'present', preferredDisplay: null, swapped: true });
    expect(plain.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
    expect(plain.presenter).toEqual({ displayId: 1, bounds: laptop.workArea, fullscreen: false });
    expect(swapped.audience).toEqual({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
    expect(swapped.presenter).toEqual({ displayId: 2, bounds: projector.workArea, fullscreen: false });
  });

  it('the --screen choice is swapped too; with three displays only the two in use trade places', () => {
    const third = fakeDisplay(3, 3200);
    const pref = { mode: 'present' as const, preferredDisplay: 2 };
    expect(placeWindows([laptop, projector, third], 1, pref).audience.displayId).toBe(3);
    const swapped = placeWindows([laptop, projector, third], 1, { ...pref, swapped: true });
    expect([swapped.audience.displayId, swapped.presenter?.displayId]).toEqual([1, 3]);
  });

  it('one display, kiosk and window mode: nothing to swap, and `swapped` changes nothing', () => {
    for (const mode of ['kiosk', 'window', 'present'] as Mode[]) {
      const displays: DisplayInfo[] = [laptop];
      expect(placeWindows(displays, 1, { mode, preferredDisplay: null, swapped: true })).toEqual(
        placeWindows(displays, 1, { mode, preferredDisplay: null }),
      );
    }
    expect(canSwapDisplays([laptop], 'present')).toBe(false);
    expect(canSwapDisplays([laptop, projector], 'present')).toBe(true);
    expect(canSwapDisplays([laptop, projector], 'kiosk')).toBe(false);
    expect(canSwapDisplays([laptop, projector], 'window')).toBe(false);
  });
});

function open(mode: Mode, displays: FakeDisplay[], platform: NodeJS.Platform = 'linux') {
  const BrowserWindow = createFakeBrowserWindowClass([], platform);
  const screen = createFakeScreen(displays);
  const logs: string[] = [];
  const set = setupWindows({
    BrowserWindow,
    screen,
    mode,
    preferredDisplay: null,
    preloadPath: '/preload.cjs',
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) },
    rendererGone: () => 'reload',
    mayClose: () => true,
    onWindow: () => undefined,
  });
  const byRole = (role: string) =>
    BrowserWindow.instances.find((w) => w.loadedUrls[0]?.endsWith(`role=${role}`)) as FakeBrowserWindow;
  return { set, screen, displays, audience: byRole('audience'), presenter: byRole('presenter'), logs };
}

describe('setupWindows.swapDisplays on the Electron fakes', () => {
  it('moves the audience off the projector to fullscreen on the laptop and the presenter onto the projector', () => {
    const { set, audience, presenter } = open('present', [laptop, projector]);
    expect(audience.options).toMatchObject({ x: 1920, y: 0, fullscreen: true });
    const before = presenter.focused;
    expect(set.swapDisplays()).toBe(true);
    // Fullscreen to another display: leave, move, re-enter (setFullScreen has no target display,
    // electron/electron#30249); the presenter is a normal window: just its new bounds.
    expect(audience.moves).toEqual(['fullscreen false', 'bounds 0,0,1920,1080', 'fullscreen true']);
    expect(presenter.moves).toEqual(['bounds 1920,0,1280,760']);
    expect(presenter.focused).toBe(before + 1);
    // And back.
    expect(set.swapDisplays()).toBe(true);
    expect(audience.moves.slice(3)).toEqual(['fullscreen false', 'bounds 1920,0,1280,800', 'fullscreen true']);
    expect(presenter.moves.slice(1)).toEqual(['bounds 0,0,1920,1040']);
  });

  it('the swap holds through a metrics change that moves nothing, and ends when the projector goes', () => {
    const { set, screen, displays, audience, presenter } = open('present', [laptop, projector]);
    set.swapDisplays();
    const moved = [audience.moves.length, presenter.moves.length];
    screen.emitter.emit('display-metrics-changed');
    expect([audience.moves.length, presenter.moves.length]).toEqual(moved);
    displays.splice(1, 1);
    screen.emitter.emit('display-removed');
    displays.push(projector);
    screen.emitter.emit('display-added');
    // Back to the first placement: the audience on the projector again.
    expect(audience.moves.at(-1)).toBe('fullscreen true');
    expect(audience.moves.at(-2)).toBe('bounds 1920,0,1280,800');
  });

  it('refuses, moving nothing, with one display and outside present mode', () => {
    const one = open('present', [laptop]);
    expect(one.set.swapDisplays()).toBe(false);
    expect([one.audience.moves, one.presenter.moves]).toEqual([[], []]);
    const kiosk = open('kiosk', [laptop, projector]);
    expect(kiosk.set.swapDisplays()).toBe(false);
    expect(kiosk.audience.moves).toEqual([]);
  });

  it('the operator chord opens the PIN pad in the presenter window in present mode, in place elsewhere', () => {
    const present = open('present', [laptop, projector]);
    expect(present.set.operatorTarget(present.audience)).toBe(present.presenter);
    expect(present.set.operatorTarget(present.presenter)).toBe(present.presenter);
    // Main's operator gate accepts an unlock from this window only (operator.ts); none once it is gone.
    expect(present.set.presenterId()).toBe(present.presenter.webContents.id);
    expect(present.set.presenterId()).not.toBe(present.audience.webContents.id);
    // The presenter window gone (closed by hand): the chord still works where it was pressed.
    present.presenter.destroy();
    expect(present.set.operatorTarget(present.audience)).toBe(present.audience);
    expect(present.set.presenterId()).toBeNull();
    const kiosk = open('kiosk', [laptop]);
    expect(kiosk.set.operatorTarget(kiosk.audience)).toBe(kiosk.audience);
    expect(kiosk.set.presenterId()).toBeNull();
  });
});
