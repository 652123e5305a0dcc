/**
 * Display events move only what changed. Plans come from the real `placeWindows`; windows are
 * fakes that model Electron's fullscreen per platform: on macOS `setFullScreen` starts an
 * animated transition that ends with `leave-full-screen` later, and `setBounds` is ignored while
 * fullscreen (shell/browser/native_window_mac.mm, `NativeWindowMac::SetBounds`: "Do nothing if
 * in fullscreen mode"); on Windows/Linux both take effect at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyLayoutChange,
  applyMove,
  moveSteps,
  placementChanges,
  type MovableWindow,
  type Role,
} from '../../../src/main/display-change';
import {
  placeWindows,
  type DisplayInfo,
  type Layout,
  type Placement,
  type Rect,
} from '../../../src/main/display-placement';
import type { Mode } from '../../../src/shared/deck/state';

function display(id: number, x: number, y: number, width: number, height: number, taskbar = 40): DisplayInfo {
  return { id, bounds: { x, y, width, height }, workArea: { x, y, width, height: height - taskbar } };
}

const laptop = display(1, 0, 0, 1920, 1080);
const projector = display(2, 1920, 0, 1280, 800);
const plan = (displays: DisplayInfo[], mode: Mode, preferredDisplay: number | null = null) =>
  placeWindows(displays, 1, { mode, preferredDisplay });

/** A BrowserWindow as far as moving goes, with a log of every call. */
class FakeWindow implements MovableWindow {
  calls: string[] = [];
  private leaveListeners: (() => void)[] = [];
  private transitioning = false;
  constructor(
    public bounds: Rect,
    public fullscreen: boolean,
    private readonly platform: 'darwin' | 'win32',
  ) {}
  isFullScreen() {
    return this.fullscreen;
  }
  setFullScreen(flag: boolean) {
    this.calls.push(`setFullScreen(${flag})`);
    if (flag === this.fullscreen) return;
    if (this.platform === 'darwin' && !flag) {
      this.transitioning = true; // ends in finishTransition(), like the macOS animation
      return;
    }
    this.fullscreen = flag;
    if (!flag) this.emitLeave();
  }
  setBounds(bounds: Rect) {
    this.calls.push('setBounds');
    if (this.platform === 'darwin' && (this.fullscreen || this.transitioning)) return; // ignored on macOS
    this.bounds = { ...bounds };
  }
  once(_event: 'leave-full-screen', listener: () => void) {
    this.leaveListeners.push(listener);
    return this;
  }
  finishTransition() {
    if (!this.transitioning) return;
    this.transitioning = false;
    this.fullscreen = false;
    this.emitLeave();
  }
  private emitLeave() {
    const listeners = this.leaveListeners;
    this.leaveListeners = [];
    for (const l of listeners) l();
  }
}

describe('placementChanges', () => {
  it('metrics changed on a display we do not use → nothing', () => {
    const before = plan([laptop, projector], 'kiosk');
    const projectorResized = display(2, 1920, 0, 1024, 768);
    expect(placementChanges(before, plan([laptop, projectorResized], 'kiosk'))).toEqual([]);
  });

  it("the fullscreen display's work area changing (menu bar and dock hide in fullscreen) → nothing", () => {
    const before = plan([laptop, projector], 'present');
    const projectorNoDock = display(2, 1920, 0, 1280, 800, 0);
    expect(placementChanges(before, plan([laptop, projectorNoDock], 'present'))).toEqual([]);
  });

  it('the same plan twice (an event storm) → nothing', () => {
    const p = plan([laptop, projector], 'present');
    expect(placementChanges(p, plan([laptop, projector], 'present'))).toEqual([]);
  });

  it('a projector plugged in mid-show (present): both windows move, audience to the projector', () => {
    const before = plan([laptop], 'present');
    const after = plan([laptop, projector], 'present');
    const changes = placementChanges(before, after);
    expect(changes.map((c) => c.role)).toEqual(['audience', 'presenter']);
    expect(changes[0]).toMatchObject({ previous: before.audience, placement: { displayId: 2, fullscreen: true } });
  });

  it('metrics changed on the display that shows the kiosk → only the audience, to the new bounds', () => {
    const before = plan([laptop, projector], 'kiosk');
    const laptop4k = display(1, 0, 0, 3840, 2160);
    expect(placementChanges(before, plan([laptop4k, projector], 'kiosk'))).toEqual([
      {
        role: 'audience',
        previous: before.audience,
        placement: { displayId: 1, bounds: laptop4k.bounds, fullscreen: true },
      },
    ]);
  });

  it('property: lists exactly the roles whose placement differs, and nothing for equal plans', () => {
    const rect = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 640, max: 4000 }),
      height: fc.integer({ min: 480, max: 2200 }),
    });
    const displays = fc.uniqueArray(
      fc
        .record({ id: fc.integer({ min: 1, max: 6 }), bounds: rect })
        .map(({ id, bounds }): DisplayInfo => ({ id, bounds, workArea: { ...bounds, height: bounds.height - 40 } })),
      { minLength: 1, maxLength: 3, selector: (d) => d.id },
    );
    const mode = fc.constantFrom<Mode>('kiosk', 'present', 'window');
    fc.assert(
      fc.property(displays, displays, mode, (a, b, m) => {
        const pa = placeWindows(a, a[0].id, { mode: m, preferredDisplay: null });
        const pb = placeWindows(b, b[0].id, { mode: m, preferredDisplay: null });
        expect(placementChanges(pa, structuredClone(pa))).toEqual([]);
        const changed = new Set(placementChanges(pa, pb).map((c) => c.role));
        for (const role of ['audience', 'presenter'] as const)
          expect(changed.has(role)).toBe(JSON.stringify(pa[role]) !== JSON.stringify(pb[role]));
      }),
    );
  });
});

describe('moveSteps', () => {
  const full = (displayId: number, bounds: Rect): Placement => ({ displayId, bounds, fullscreen: true });
  const normal = (displayId: number, bounds: Rect): Placement => ({ displayId, bounds, fullscreen: false });

  it('fullscreen on the same display whose resolution changed: bounds only, no fullscreen toggle', () => {
    expect(moveSteps(full(1, laptop.bounds), full(1, { ...laptop.bounds, width: 3840, height: 2160 }))).toEqual({
      leaveFullScreen: false,
      bounds: { x: 0, y: 0, width: 3840, height: 2160 },
      enterFullScreen: false,
    });
  });

  it('fullscreen to another display: leave, move, enter', () => {
    expect(moveSteps(full(1, laptop.bounds), full(2, projector.bounds))).toEqual({
      leaveFullScreen: true,
      bounds: projector.bounds,
      enterFullScreen: true,
    });
  });

  it('fullscreen to a normal window (projector pulled out): leave and move, no enter', () => {
    expect(moveSteps(full(2, projector.bounds), normal(1, laptop.workArea))).toMatchObject({
      leaveFullScreen: true,
      enterFullScreen: false,
    });
  });

  it('a normal window to fullscreen elsewhere: move, then enter', () => {
    expect(moveSteps(normal(1, laptop.workArea), full(2, projector.bounds))).toMatchObject({
      leaveFullScreen: false,
      enterFullScreen: true,
    });
  });
});

describe('applyMove', () => {
  const toProjector = moveSteps(
    { displayId: 1, bounds: laptop.bounds, fullscreen: true },
    { displayId: 2, bounds: projector.bounds, fullscreen: true },
  );

  it.each(['darwin', 'win32'] as const)('%s: a fullscreen window ends fullscreen on the other display', (platform) => {
    const win = new FakeWindow(laptop.bounds, true, platform);
    applyMove(win, toProjector);
    win.finishTransition();
    expect(win.bounds).toEqual(projector.bounds);
    expect(win.fullscreen).toBe(true);
  });

  it('control: the old sequence (un-fullscreen, setBounds, fullscreen at once) leaves a macOS window where it was', () => {
    const win = new FakeWindow(laptop.bounds, true, 'darwin');
    win.setFullScreen(false);
    win.setBounds(projector.bounds);
    win.setFullScreen(true);
    win.finishTransition();
    expect(win.bounds).toEqual(laptop.bounds);
  });
});

describe('applyLayoutChange', () => {
  function windowsFor(layout: Layout, platform: 'darwin' | 'win32') {
    const wins = new Map<Role, FakeWindow>();
    const opened: Role[] = [];
    const closed: Role[] = [];
    for (const role of ['audience', 'presenter'] as const) {
      const p = layout[role];
      if (p) wins.set(role, new FakeWindow(p.bounds, p.fullscreen, platform));
    }
    const targets = {
      windowFor: (role: Role) => wins.get(role),
      open: (role: Role) => opened.push(role),
      close: (role: Role) => closed.push(role),
    };
    return { wins, opened, closed, targets };
  }

  it('never re-fullscreens a window whose placement did not change, over a burst of events', () => {
    let current = plan([laptop, projector], 'kiosk');
    const { wins, targets } = windowsFor(current, 'darwin');
    const events = [
      [laptop, display(2, 1920, 0, 1024, 768)], // the unused projector changes mode
      [laptop], // and is pulled out
      [laptop, projector], // and comes back
      [display(1, 0, 0, 1920, 1080, 0), projector], // the kiosk display's work area (dock hidden)
    ];
    for (const displays of events) current = applyLayoutChange(current, plan(displays, 'kiosk'), targets);
    expect(wins.get('audience')!.calls).toEqual([]);
  });

  it('control: re-placing every window on every event (the old handler) toggles fullscreen each time', () => {
    const win = new FakeWindow(laptop.bounds, true, 'win32');
    const p = plan([laptop, projector], 'kiosk').audience;
    for (let i = 0; i < 3; i++) {
      win.setFullScreen(false);
      win.setBounds(p.bounds);
      win.setFullScreen(p.fullscreen);
    }
    expect(win.calls.filter((c) => c.startsWith('setFullScreen'))).toHaveLength(6);
  });

  it('present, projector plugged in: the audience window goes fullscreen on it, the presenter fills the laptop', () => {
    const before = plan([laptop], 'present');
    const { wins, targets, opened } = windowsFor(before, 'win32');
    applyLayoutChange(before, plan([laptop, projector], 'present'), targets);
    expect(opened).toEqual([]);
    expect(wins.get('audience')).toMatchObject({ bounds: projector.bounds, fullscreen: true });
    expect(wins.get('presenter')).toMatchObject({ bounds: laptop.workArea, fullscreen: false });
  });

  it('opens a window for a changed role that has none, closes one whose role is gone', () => {
    const withPresenter = plan([laptop, projector], 'present');
    const { targets, opened, closed, wins } = windowsFor(withPresenter, 'win32');
    wins.delete('presenter');
    const noPresenter: Layout = { ...withPresenter, presenter: null };
    applyLayoutChange(noPresenter, withPresenter, targets);
    expect(opened).toEqual(['presenter']);
    applyLayoutChange(withPresenter, noPresenter, targets);
    expect(closed).toEqual(['presenter']);
  });
});
