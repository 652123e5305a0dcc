import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkBudgets, readBudgets, type Budget } from '../../../scripts/bench/budgets';
import { growthPct, median, percentile, round } from '../../../scripts/bench/stats';

const budgets: Budget[] = [
  { metric: 'long_tasks_in_loop', max: 0, gated: true, unit: 'tasks', why: '' },
  { metric: 'heap_growth_pct', max: 5, gated: true, unit: '%', why: '' },
  { metric: 'first_slide_ms', max: 300, gated: false, unit: 'ms', why: '' },
];

describe('checkBudgets', () => {
  it('passes when every gated figure is within its budget (the limit itself included)', () => {
    const report = checkBudgets({ long_tasks_in_loop: 0, heap_growth_pct: 5, first_slide_ms: 120 }, budgets);
    expect(report.ok).toBe(true);
    expect(report.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('breaks on one long task', () => {
    const report = checkBudgets({ long_tasks_in_loop: 1, heap_growth_pct: 0, first_slide_ms: 100 }, budgets);
    expect(report.ok).toBe(false);
    expect(report.broken.map((r) => r.metric)).toEqual(['long_tasks_in_loop']);
  });

  it('only reports a timing aim that is missed', () => {
    const report = checkBudgets({ long_tasks_in_loop: 0, heap_growth_pct: 1, first_slide_ms: 900 }, budgets);
    expect(report.ok).toBe(true);
    expect(report.rows[2].status).toBe('over');
  });

  it('counts a gated figure that was not measured as broken', () => {
    for (const missing of [undefined, null, Number.NaN]) {
      const report = checkBudgets({ long_tasks_in_loop: 0, heap_growth_pct: missing }, budgets);
      expect(report.ok).toBe(false);
      expect(report.broken[0]).toMatchObject({ metric: 'heap_growth_pct', status: 'missing', value: null });
    }
  });

  it('reads the budgets kept in the repo, with the gates issue 9 asks for', () => {
    const repo = readBudgets(join(import.meta.dirname, '..', '..', '..', 'bench', 'budgets.json'));
    const gated = Object.fromEntries(repo.filter((b) => b.gated).map((b) => [b.metric, b.max]));
    expect(gated).toMatchObject({
      long_tasks_in_loop: 0,
      heap_growth_pct: 5,
      dom_nodes_growth_pct: 5,
      renderer_js_gzip_kb: 250,
      content_load_ms: 20,
    });
    expect(repo.find((b) => b.metric === 'first_slide_ms')).toMatchObject({ max: 300, gated: false });
  });
});

describe('stats', () => {
  it('median of odd and even counts, NaN for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([16.7, 16.7, 50], 95)).toBe(50);
    expect(percentile([7], 0)).toBe(7);
  });
  it('growth in per cent', () => {
    expect(growthPct(200, 210)).toBe(5);
    expect(growthPct(200, 190)).toBe(-5);
    expect(growthPct(0, 0)).toBe(0);
    expect(growthPct(0, 1)).toBeNaN();
  });
  it('round keeps NaN as null', () => {
    expect(round(1.26)).toBe(1.3);
    expect(round(Number.NaN)).toBeNull();
  });
});
