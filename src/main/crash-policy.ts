/**
 * What to do when the renderer crashes or hangs: reload the view (the deck state lives in main,
 * so it comes back on the same slide), relaunch the whole app when reloading keeps failing, and
 * show an out-of-service screen rather than flicker forever when relaunching does not help.
 *
 * The history must outlive a relaunch (the caller keeps it in a small file in user data),
 * otherwise the relaunch step would reset the count and loop.
 */

export type CrashDecision = 'reload' | 'relaunch' | 'out-of-service';

export interface CrashPolicy {
  /** Only crashes this recent count. */
  windowMs: number;
  /** Up to this many crashes in the window (this one included): reload the view. */
  reloadUpTo: number;
  /** Up to this many: `app.relaunch()` + `app.exit()`. More: out of service. */
  relaunchUpTo: number;
}

export const DEFAULT_CRASH_POLICY: CrashPolicy = { windowMs: 10 * 60_000, reloadUpTo: 3, relaunchUpTo: 5 };

/** True when a crash at `t` still counts at `now`. Future timestamps (clock set back) do not count. */
function inWindow(t: number, now: number, windowMs: number): boolean {
  return t <= now && now - t < windowMs;
}

/**
 * Decides what to do about a crash happening at `now`.
 * @param history timestamps (ms) of earlier crashes — not including this one.
 */
export function crashDecision(
  history: readonly number[],
  now: number,
  policy: CrashPolicy = DEFAULT_CRASH_POLICY,
): CrashDecision {
  const count = history.filter((t) => inWindow(t, now, policy.windowMs)).length + 1;
  if (count <= policy.reloadUpTo) return 'reload';
  if (count <= policy.relaunchUpTo) return 'relaunch';
  return 'out-of-service';
}

/**
 * The history worth keeping at `now`: crashes still inside the window, oldest first.
 * Keeps the persisted file from growing without bound.
 */
export function pruneHistory(
  history: readonly number[],
  now: number,
  windowMs: number = DEFAULT_CRASH_POLICY.windowMs,
): number[] {
  return history.filter((t) => Number.isFinite(t) && inWindow(t, now, windowMs)).sort((a, b) => a - b);
}
