/** The bench's printed table. */
import type { BudgetReport } from './budgets';

export interface TableRow {
  metric: string;
  value: number | string | null;
  detail?: string;
}

const fmt = (v: number | string | null): string => (v === null ? '—' : typeof v === 'number' ? String(v) : v);

/** A plain-text table: every figure, its budget (gated or aim) and whether it holds. */
export function formatTable(rows: readonly TableRow[], report: BudgetReport): string {
  const lines = rows.map((row) => {
    const budget = report.rows.find((b) => b.metric === row.metric);
    const limit = budget ? `${budget.gated ? '≤' : 'aim ≤'} ${budget.max}` : '';
    const status = !budget
      ? ''
      : budget.status === 'ok'
        ? 'ok'
        : budget.gated
          ? `BROKEN (${budget.status})`
          : `over aim`;
    return [row.metric, fmt(row.value), limit, status, row.detail ?? ''];
  });
  const head = ['metric', 'median', 'budget', 'status', 'runs / detail'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}
