/** The budgets of `npm run bench` (bench/budgets.json) and the pure check against them. */
import { readFileSync } from 'node:fs';

export interface Budget {
  metric: string;
  /** The largest acceptable value (inclusive). */
  max: number;
  /** Gated budgets fail the bench; the others are reported against their aim. */
  gated: boolean;
  unit: string;
  why: string;
}

export type BudgetStatus = 'ok' | 'over' | 'missing';

export interface BudgetRow extends Budget {
  value: number | null;
  status: BudgetStatus;
}

export interface BudgetReport {
  rows: BudgetRow[];
  /** Gated budgets that are over or were not measured. */
  broken: BudgetRow[];
  ok: boolean;
}

/** Reads and checks the shape of bench/budgets.json. */
export function readBudgets(file: string): Budget[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { budgets?: unknown };
  if (!Array.isArray(raw.budgets)) throw new Error(`${file}: "budgets" must be an array`);
  return raw.budgets.map((b: Partial<Budget>, i) => {
    if (typeof b.metric !== 'string' || typeof b.max !== 'number' || typeof b.gated !== 'boolean')
      throw new Error(`${file}: budgets[${i}] needs metric (string), max (number) and gated (boolean)`);
    return { metric: b.metric, max: b.max, gated: b.gated, unit: b.unit ?? '', why: b.why ?? '' };
  });
}

/**
 * Compares measured figures with the budgets. A gated figure that is missing (not measured,
 * null or NaN) counts as broken: a budget is never met by measuring less.
 */
export function checkBudgets(
  results: Readonly<Record<string, number | null | undefined>>,
  budgets: readonly Budget[],
): BudgetReport {
  const rows = budgets.map((budget): BudgetRow => {
    const value = results[budget.metric];
    if (value === null || value === undefined || Number.isNaN(value))
      return { ...budget, value: null, status: 'missing' };
    return { ...budget, value, status: value <= budget.max ? 'ok' : 'over' };
  });
  const broken = rows.filter((r) => r.gated && r.status !== 'ok');
  return { rows, broken, ok: broken.length === 0 };
}
