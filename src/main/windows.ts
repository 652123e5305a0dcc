/**
 * Opens and keeps the app's windows: the audience view (and the presenter view in present
 * mode) placed by `placeWindows`, moved when displays come and go, reloaded when a renderer
 * dies — the deck state lives in main, so a reloaded view resumes on the same slide.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, RenderProcessGoneDetails, WebContents } from 'electron';
import type { Mode } from '../shared/deck';
import type { ViewRole } from '../shared/ipc';
import { canSwapDisplays, placeWindows, type DisplayInfo, type Placement } from './display-placement';
import { applyLayoutChange, type MovableWindow } from './display-change';
import type { CrashDecision } from './crash-policy';
import { viewUrl, windowOptions } from './window-options';
import type { KeyEvents } from './kiosk-lock';

/** The part of Electron's `screen` used here (Electron's own satisfies it; tests pass a fake). */
export interface ScreenApi {
  getAllDisplays(): DisplayInfo[];
  getPrimaryDisplay(): DisplayInfo;
  on(event: 'display-added' | 'display-removed' | 'display-metrics-changed', listener: () => void): unknown;
}

/**
 * The part of a BrowserWindow that main uses, so Electron's class and the test fake both fit it
 * with no cast (index.ts passes the real class; the fakes in tests/support/electron-fakes theirs).
 * `on`/`once` list only the events main listens to: a `Pick` of them would return Electron's
 * `this`, which no fake is.
 */
export interface ShowWindow
  extends MovableWindow, Pick<BrowserWindow, 'show' | 'focus' | 'destroy' | 'isDestroyed' | 'isMinimized' | 'restore'> {
  readonly webContents: Pick<WebContents, 'id' | 'send' | 'isDestroyed' | 'reload' | 'forcefullyCrashRenderer'> &
    KeyEvents & {
      on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
    };
  loadURL(url: string): Promise<void>;
  // One signature per event: Electron declares one overload per event, and a union matches none.
  once(event: 'ready-to-show', listener: () => void): unknown;
  once(event: 'leave-full-screen', listener: () => void): unknown;
  on(event: 'page-title-updated', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'session-end', listener: () => void): unknown;
}

/** `W`: the window type, Electron's BrowserWindow in the app, the fake in tests. */
export interface WindowsDeps<W extends ShowWindow = ShowWindow> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  screen: ScreenApi;
  mode: Mode;
  preferredDisplay: number | null;
  preloadPath: string;
  /** The dev server's origin in `npm run dev` (windows load it), else null: `app://showcase`. */
  devOrigin?: string | null;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
  /**
   * A view's renderer died: main's runtime records it and decides. `reload` and `out-of-service`
   * both reload the view (a fresh page that asks main for the snapshot, which then says
   * out-of-service); `relaunch` is already under way.
   */
  rendererGone: (role: ViewRole, reason: string) => CrashDecision;
  /** False while a window `close` must be refused (kiosk mode, outside the shutdown path). */
  mayClose: () => boolean;
  /** Per-window extras (kiosk key lock). */
  onWindow: (win: W) => void;
}

export interface WindowSet<W extends ShowWindow = ShowWindow> {
  all(): W[];
  /** The window that should take the keyboard: the presenter's when there is one. */
  focusTarget(): W | null;
  webContentsIds(): Set<number>;
  /**
   * Present mode: the audience and presenter windows change displays (the presenter's "Swap
   * displays"). False, and nothing moves, with one display or outside present mode. The swap holds
   * through later display events while two or more displays remain.
   */
  swapDisplays(): boolean;
  /**
   * Where the operator chord caught in `from` opens the PIN pad: in present mode the presenter's
   * window (the projector never shows the overlay), else `from` itself.
   */
  operatorTarget(from: W): W;
  /** The presenter window's webContents id while it is open, else null (main's operator gate). */
  presenterId(): number | null;
}

const toDisplayInfo = (d: DisplayInfo): DisplayInfo => ({ id: d.id, bounds: d.bounds, workArea: d.workArea });

/** Creates the windows for the mode and keeps them placed and alive. */
export function setupWindows<W extends ShowWindow>(deps: WindowsDeps<W>): WindowSet<W> {
  const windows = new Map<ViewRole, W>();

  let swapped = false;
  const layout = () =>
    placeWindows(deps.screen.getAllDisplays().map(toDisplayInfo), deps.screen.getPrimaryDisplay().id, {
      mode: deps.mode,
      preferredDisplay: deps.preferredDisplay,
      swapped,
    });

  function open(role: ViewRole, placement: Placement): void {
    const win = new deps.BrowserWindow(
      windowOptions({
        mode: deps.mode,
        role,
        preloadPath: deps.preloadPath,
        bounds: placement.bounds,
        fullscreen: placement.fullscreen,
      }),
    );
    windows.set(role, win);
    deps.onWindow(win);
    win.once('ready-to-show', () => {
      win.show();
      // The presenter's own screen takes the keyboard (and the clicker, which types keys).
      if (role === 'presenter') win.focus();
    });
    // Our titles name the role; the page's <title> would overwrite them (Electron's default).
    win.on('page-title-updated', (event) => event.preventDefault());
    // Kiosk: a close that is not our shutdown is refused. On Linux `closable: false` is not
    // implemented (BrowserWindow docs: "closable … Not implemented on Linux"), so Alt+F4 would
    // otherwise close the kiosk window.
    win.on('close', (event) => {
      if (!deps.mayClose()) event.preventDefault();
    });
    win.on('closed', () => windows.delete(role));
    win.webContents.on('render-process-gone', (_event, details) => {
      if (win.isDestroyed() || details.reason === 'clean-exit') return;
      const decision = deps.rendererGone(role, details.reason);
      if (decision !== 'relaunch') win.webContents.reload();
    });
    win.on('unresponsive', () => {
      deps.log.warn(`${role} window unresponsive: reloading`);
      // The crash fires render-process-gone, whose handler reloads (or relaunches).
      win.webContents.forcefullyCrashRenderer();
    });
    void win.loadURL(viewUrl(role, deps.devOrigin ?? null));
  }

  // The first plan opens the windows; each display event then touches only what changed
  // (display-change.ts: no fullscreen flicker, no undoing where someone moved a window).
  let plan = layout();
  if (plan.audience) open('audience', plan.audience);
  if (plan.presenter) open('presenter', plan.presenter);
  // A projector plugged in or pulled out mid-show: re-place, the deck plays on.
  const replan = () => {
    plan = applyLayoutChange(plan, layout(), {
      windowFor: (role) => windows.get(role),
      open,
      close: (role) => windows.get(role)?.destroy(),
    });
  };
  for (const event of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
    deps.screen.on(event, () => {
      // Down to one display: the swap is over; a projector plugged in later gets the audience again.
      if (!canSwapDisplays(deps.screen.getAllDisplays().map(toDisplayInfo), deps.mode)) swapped = false;
      replan();
    });
  }
  const alive = (role: ViewRole) => {
    const win = windows.get(role);
    return win && !win.isDestroyed() ? win : undefined;
  };

  return {
    all: () => [...windows.values()].filter((w) => !w.isDestroyed()),
    focusTarget: () =>
      [windows.get('presenter'), windows.get('audience')].find((w) => w !== undefined && !w.isDestroyed()) ?? null,
    webContentsIds: () => new Set([...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents.id)),
    swapDisplays() {
      if (!canSwapDisplays(deps.screen.getAllDisplays().map(toDisplayInfo), deps.mode)) return false;
      swapped = !swapped;
      // The same path as a display event: only the two windows move, each with moveSteps (a
      // fullscreen window leaves fullscreen, moves, re-enters; macOS waits for leave-full-screen).
      replan();
      deps.log.info(`displays swapped (${swapped ? 'audience on the presenter display' : 'as first placed'})`);
      // The presenter keeps the keyboard (and the clicker) on its new display.
      alive('presenter')?.focus();
      return true;
    },
    presenterId: () => alive('presenter')?.webContents.id ?? null,
    operatorTarget: (from) => (deps.mode === 'present' ? (alive('presenter') ?? from) : from),
  };
}
