/** Small pure statistics for the bench and the soak (unit-tested in tests/unit/bench). */

/** The median of `values` (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The `p`-th percentile (0–100) by the nearest-rank method: the smallest value with at least
 * p % of the values at or below it. NaN for none.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

/** Growth from `before` to `after` in per cent (negative when it shrank); NaN when `before` is 0. */
export function growthPct(before: number, after: number): number {
  if (before === 0) return after === 0 ? 0 : Number.NaN;
  return ((after - before) / before) * 100;
}

/** Rounds for display and JSON: `digits` decimals, NaN kept as null. */
export function round(value: number, digits = 1): number | null {
  if (!Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
