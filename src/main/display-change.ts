/**
 * What to do when Electron reports `display-added`, `display-removed` or
 * `display-metrics-changed`: compare the window plan before and after (`placeWindows`) and touch
 * only the windows whose target display or bounds changed. A window whose placement is the same
 * is left alone — no leaving and re-entering fullscreen (flicker; on macOS each fullscreen toggle
 * is an animated transition that changes the display's work area, i.e. more metrics events) and
 * no undoing where someone moved it.
 *
 * Comparing plans, not the windows' current bounds, is what makes this settle: a fullscreen
 * placement depends on the display's `bounds` only, so the work-area change caused by the menu
 * bar and dock hiding in fullscreen yields the same plan, hence nothing to do.
 */
import type { Layout, Placement, Rect } from './display-placement';

export type Role = keyof Layout;

export interface PlacementChange {
  role: Role;
  /** The plan the window was placed by; null when the role had no window. */
  previous: Placement | null;
  /** The new plan; null when the role no longer has a window (destroy it). */
  placement: Placement | null;
}

const ROLES: readonly Role[] = ['audience', 'presenter'];

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** True when two placements put a window at the same place in the same way. */
export function samePlacement(a: Placement | null, b: Placement | null): boolean {
  if (a === null || b === null) return a === b;
  return a.displayId === b.displayId && a.fullscreen === b.fullscreen && sameRect(a.bounds, b.bounds);
}

/**
 * The roles whose placement differs between two plans, in a stable order (audience first).
 * Empty when a display event changed nothing we use — e.g. metrics changed on a display that
 * shows none of our windows, or a scale-factor/rotation change that left the bounds as they were.
 */
export function placementChanges(previous: Layout, next: Layout): PlacementChange[] {
  return ROLES.filter((role) => !samePlacement(previous[role], next[role])).map((role) => ({
    role,
    previous: previous[role],
    placement: next[role],
  }));
}

/** How to move an existing window from one placement to another. */
export interface MoveSteps {
  /** Leave fullscreen first (and wait for `leave-full-screen`: on macOS it is asynchronous). */
  leaveFullScreen: boolean;
  bounds: Rect;
  /** Enter fullscreen after the bounds are set. */
  enterFullScreen: boolean;
}

/**
 * The steps for moving a window between two different placements:
 * - fullscreen on the same display, whose size changed (a resolution change): set the bounds and
 *   stay fullscreen; the OS resizes fullscreen windows itself (macOS ignores `setBounds` while
 *   fullscreen: shell/browser/native_window_mac.mm, `NativeWindowMac::SetBounds`), so no toggle;
 * - fullscreen to another display, or to a normal window: leave fullscreen, set the bounds on the
 *   new display, then enter fullscreen there if the plan says so;
 * - from a normal window: set the bounds, then fullscreen if wanted.
 */
export function moveSteps(previous: Placement, next: Placement): MoveSteps {
  const stayFullscreen = previous.fullscreen && next.fullscreen && previous.displayId === next.displayId;
  return {
    leaveFullScreen: previous.fullscreen && !stayFullscreen,
    bounds: { ...next.bounds },
    enterFullScreen: next.fullscreen && !stayFullscreen,
  };
}

/** The parts of a BrowserWindow that `applyMove` uses. */
export interface MovableWindow {
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  setBounds(bounds: Rect): void;
  once(event: 'leave-full-screen', listener: () => void): unknown;
}

/**
 * Carries out `steps` on a window. Leaving fullscreen is asynchronous on macOS (`setFullScreen`
 * starts an animated transition and `setBounds` is ignored until it ends, see `moveSteps`), so the
 * bounds and the re-entry wait for `leave-full-screen`; the listener is attached before the call,
 * so a platform that emits the event synchronously (Windows, Linux) is covered too.
 */
export function applyMove(win: MovableWindow, steps: MoveSteps): void {
  const rest = () => {
    win.setBounds(steps.bounds);
    if (steps.enterFullScreen) win.setFullScreen(true);
  };
  if (steps.leaveFullScreen && win.isFullScreen()) {
    win.once('leave-full-screen', rest);
    win.setFullScreen(false);
  } else rest();
}

/** Where `applyLayoutChange` finds and makes windows (windows.ts passes its window map). */
export interface LayoutTargets {
  windowFor(role: Role): MovableWindow | undefined;
  open(role: Role, placement: Placement): void;
  close(role: Role): void;
}

/**
 * Brings the windows from the `previous` plan to `next`, touching only what changed: opens a
 * window for a changed role that has none, closes one whose role is gone, moves the rest with
 * `moveSteps`. Returns `next`, the plan to compare the following event with.
 */
export function applyLayoutChange(previous: Layout, next: Layout, targets: LayoutTargets): Layout {
  for (const change of placementChanges(previous, next)) {
    const win = targets.windowFor(change.role);
    if (change.placement === null) targets.close(change.role);
    else if (!win) targets.open(change.role, change.placement);
    else {
      // A window the old plan did not know about: move it as from an unknown display.
      const from = change.previous ?? { ...change.placement, displayId: Number.NaN, fullscreen: win.isFullScreen() };
      applyMove(win, moveSteps(from, change.placement));
    }
  }
  return next;
}
