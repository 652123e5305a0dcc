/**
 * Opens and keeps the app's windows: the audience view (and the presenter view in present
 * mode) placed by `placeWindows`, moved when displays come and go, reloaded when a renderer
 * dies — the deck state lives in main, so a reloaded view resumes on the same slide.
 */
import type { BrowserWindow as BrowserWindowType, Screen } from 'electron';
import type { Mode } from '../shared/deck';
import type { ViewRole } from '../shared/ipc';
import { placeWindows, type DisplayInfo, type Placement } from './display-placement';
import { crashDecision, pruneHistory } from './crash-policy';
import { viewUrl, windowOptions } from './window-options';

export interface WindowsDeps {
  BrowserWindow: typeof BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on'>;
  mode: Mode;
  preferredDisplay: number | null;
  preloadPath: string;
  now: () => number;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
  /** Crash timestamps, persisted across relaunches. */
  crashHistory: { load(): number[]; save(history: number[]): void };
  /** Crash loop beyond reloads: relaunch the app. */
  relaunch: () => void;
  /** Crash loop beyond relaunches: show the out-of-service screen. */
  outOfService: () => void;
  /** Per-window extras (kiosk key lock). */
  onWindow: (win: BrowserWindowType) => void;
}

export interface WindowSet {
  all(): BrowserWindowType[];
  webContentsIds(): Set<number>;
}

const toDisplayInfo = (d: Electron.Display): DisplayInfo => ({ id: d.id, bounds: d.bounds, workArea: d.workArea });

/** Creates the windows for the mode and keeps them placed and alive. */
export function setupWindows(deps: WindowsDeps): WindowSet {
  const windows = new Map<ViewRole, BrowserWindowType>();
  // Kept on disk: a relaunch must not forget the crashes that led to it.
  let crashes: number[] = pruneHistory(deps.crashHistory.load(), deps.now());

  const layout = () =>
    placeWindows(deps.screen.getAllDisplays().map(toDisplayInfo), deps.screen.getPrimaryDisplay().id, {
      mode: deps.mode,
      preferredDisplay: deps.preferredDisplay,
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
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => windows.delete(role));
    win.webContents.on('render-process-gone', (_event, details) => {
      if (win.isDestroyed() || details.reason === 'clean-exit') return;
      const now = deps.now();
      const decision = crashDecision(crashes, now);
      crashes = pruneHistory([...crashes, now], now);
      deps.crashHistory.save(crashes);
      deps.log.error(`${role} renderer gone (${details.reason}); ${crashes.length} recent crash(es) → ${decision}`);
      if (decision === 'reload') win.webContents.reload();
      else if (decision === 'relaunch') deps.relaunch();
      else deps.outOfService();
    });
    win.on('unresponsive', () => {
      deps.log.warn(`${role} window unresponsive: reloading`);
      // The crash fires render-process-gone, whose handler reloads (or relaunches).
      win.webContents.forcefullyCrashRenderer();
    });
    void win.loadURL(viewUrl(role));
  }

  function place(): void {
    const plan = layout();
    const wanted: [ViewRole, Placement | null][] = [
      ['audience', plan.audience],
      ['presenter', plan.presenter],
    ];
    for (const [role, placement] of wanted) {
      const win = windows.get(role);
      if (!placement) {
        win?.destroy();
        continue;
      }
      if (!win) open(role, placement);
      else {
        win.setFullScreen(false);
        win.setBounds(placement.bounds);
        win.setFullScreen(placement.fullscreen);
      }
    }
  }

  place();
  // A projector plugged in or pulled out mid-show: re-place, the deck plays on.
  for (const event of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
    deps.screen.on(event as 'display-added', () => place());
  }

  return {
    all: () => [...windows.values()].filter((w) => !w.isDestroyed()),
    webContentsIds: () => new Set([...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents.id)),
  };
}
