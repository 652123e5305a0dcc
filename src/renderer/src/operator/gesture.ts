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

/** Ctrl+Alt+Shift+O (Cmd+Alt+Shift+O on macOS): the keyboard way to the operator PIN prompt. */
export function isOperatorChord(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
) {
  return (e.ctrlKey || e.metaKey) && e.altKey && e.shiftKey && (e.code === 'KeyO' || e.key.toLowerCase() === 'o');
}

/** `14:03:09` in the machine's local time (the kiosk and its operator share one clock). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** `2 h 05 min 09 s` for an uptime in seconds. */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min ${String(sec).padStart(2, '0')} s`;
  if (m > 0) return `${m} min ${String(sec).padStart(2, '0')} s`;
  return `${sec} s`;
}
