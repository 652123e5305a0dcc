import { isOperatorChord as isChord } from '../../../shared/operator-chord';

/** Taps needed in the hidden corner, and the window they must fall in. */
export const TAP_COUNT = 5;
export const TAP_WINDOW_MS = 3000;

/**
 * Adds a tap at `now` (ms, monotonic) to the recent taps. Returns the taps still inside the
 * window and whether they complete the gesture (then the list starts again empty).
 */
export function addTap(taps: readonly number[], now: number): { taps: number[]; complete: boolean } {
  const recent = [...taps.filter((t) => now - t < TAP_WINDOW_MS), now];
  return recent.length >= TAP_COUNT ? { taps: [], complete: true } : { taps: recent, complete: false };
}

/**
 * The operator chord (Ctrl+Alt+Shift+O, Cmd+Option+Shift+O on macOS) on a DOM keyboard event: the
 * same rule main applies to Electron's `Input` (src/shared/operator-chord.ts), by physical key, so
 * macOS Option ("Ø") and non-Latin layouts ("щ") still open the PIN prompt.
 */
export function isOperatorChord(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return isChord({ code: e.code, key: e.key, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey, shift: e.shiftKey });
}

/** `14:03:09` in the machine's local time (the kiosk and its operator share one clock). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
