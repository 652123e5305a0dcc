/**
 * Where the audience and presenter windows go, as a pure function of the connected displays.
 * The caller passes `screen.getAllDisplays()` (Electron's Display is a structural superset of
 * DisplayInfo) and calls again on `display-added` / `display-removed` / `display-metrics-changed`
 * to move the windows — the deck state lives in main, so nothing restarts.
 */
import type { Mode } from '../shared/deck/state';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of Electron's `Display` this needs. */
export interface DisplayInfo {
  id: number;
  /** The whole display in screen coordinates (can be negative left of / above the primary). */
  bounds: Rect;
  /** The display minus taskbar / dock / menu bar. */
  workArea: Rect;
}

export interface Placement {
  displayId: number;
  /** Window bounds; for a fullscreen window, the display's bounds (where to put it before going fullscreen). */
  bounds: Rect;
  fullscreen: boolean;
}

export interface Layout {
  audience: Placement;
  /** Null when there is no presenter window (kiosk and window modes). */
  presenter: Placement | null;
}

export interface PlacementOptions {
  mode: Mode;
  /** `--screen N` / the `display` setting: an index into `displays`. Out of range → ignored. */
  preferredDisplay: number | null;
  /**
   * Present mode, two or more displays: the presenter swapped the windows between their two
   * displays (PowerPoint's "Swap displays"). Ignored elsewhere (see {@link canSwapDisplays}).
   */
  swapped?: boolean;
}

/** The rehearsal window size in window mode (16:9, shrunk to fit small screens). */
export const WINDOW_SIZE = { width: 1280, height: 720 } as const;
/** With one display, the presenter window covers this share of the work area. */
const PRESENTER_SHARE = 0.7;

// Only used if Electron ever reports no display (seen briefly during hot-plug on some systems).
const FALLBACK_DISPLAY: DisplayInfo = {
  id: -1,
  bounds: { x: 0, y: 0, width: 1280, height: 720 },
  workArea: { x: 0, y: 0, width: 1280, height: 720 },
};

/** A `width`×`height` rect (shrunk to fit, aspect kept) centred in `area`. */
function centred(area: Rect, width: number, height: number): Rect {
  const scale = Math.min(1, area.width / width, area.height / height);
  const w = Math.floor(width * scale);
  const h = Math.floor(height * scale);
  return {
    x: area.x + Math.floor((area.width - w) / 2),
    y: area.y + Math.floor((area.height - h) / 2),
    width: w,
    height: h,
  };
}

const fullscreenOn = (d: DisplayInfo): Placement => ({ displayId: d.id, bounds: { ...d.bounds }, fullscreen: true });
const maximizedOn = (d: DisplayInfo): Placement => ({ displayId: d.id, bounds: { ...d.workArea }, fullscreen: false });

/**
 * Lays out the windows for a mode:
 * - kiosk: audience fullscreen on the preferred display, else the primary; no presenter.
 * - window: audience a normal 1280×720 window centred on the primary work area; no presenter.
 * - present, ≥ 2 displays: audience fullscreen on the preferred display, else the first
 *   non-primary one; presenter filling the primary's work area (or, if the audience was sent to
 *   the primary, the first other display's).
 * - present, 1 display: audience a normal window filling the work area, presenter a normal
 *   window (70 %) centred on top of it — the caller focuses the presenter.
 * - present, swapped (≥ 2 displays): the two displays above, exchanged.
 */
export function placeWindows(displays: readonly DisplayInfo[], primaryId: number, options: PlacementOptions): Layout {
  const list = displays.length > 0 ? displays : [FALLBACK_DISPLAY];
  const primary = list.find((d) => d.id === primaryId) ?? list[0];
  const { preferredDisplay: pref } = options;
  const preferred = pref !== null && Number.isInteger(pref) && pref >= 0 && pref < list.length ? list[pref] : null;

  switch (options.mode) {
    case 'kiosk':
      return { audience: fullscreenOn(preferred ?? primary), presenter: null };
    case 'window':
      return {
        audience: {
          displayId: primary.id,
          bounds: centred(primary.workArea, WINDOW_SIZE.width, WINDOW_SIZE.height),
          fullscreen: false,
        },
        presenter: null,
      };
    case 'present': {
      if (list.length === 1) {
        const only = list[0];
        const wa = only.workArea;
        return {
          audience: maximizedOn(only),
          presenter: {
            displayId: only.id,
            bounds: centred(wa, Math.floor(wa.width * PRESENTER_SHARE), Math.floor(wa.height * PRESENTER_SHARE)),
            fullscreen: false,
          },
        };
      }
      const audience = preferred ?? list.find((d) => d.id !== primary.id) ?? list[0];
      const presenter = audience.id !== primary.id ? primary : (list.find((d) => d.id !== audience.id) ?? primary);
      // Swapped: the same two displays, each window on the other's.
      if (options.swapped) return { audience: fullscreenOn(presenter), presenter: maximizedOn(audience) };
      return { audience: fullscreenOn(audience), presenter: maximizedOn(presenter) };
    }
  }
}

/**
 * Whether "Swap displays" has anything to swap: present mode with two or more displays. With one
 * display both windows share it (the presenter's on top); swapping would only hide the dashboard.
 */
export function canSwapDisplays(displays: readonly DisplayInfo[], mode: Mode): boolean {
  return mode === 'present' && displays.length >= 2;
}
