/** What axe-core says about the page: serious and critical violations, and text under 4.5:1. */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: Array<{ target: string[]; failureSummary?: string; any: Array<{ data?: unknown }> }>;
}

let axeSource: string | null = null;

/**
 * axe violations of impact serious or critical, plus every failure of 4.5:1 text contrast.
 * axe-core (the engine `@axe-core/playwright` wraps) is injected once per page and run in
 * place: the builder re-injects its half-megabyte source on every call, ten times slower.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The axe-core that @axe-core/playwright itself depends on, so the versions never differ.
    const fromWrapper = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
    axeSource ??= (fromWrapper('axe-core') as { source: string }).source;
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: string, opts: object): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run('.app', {
      resultTypes: ['violations'],
      // color-contrast-enhanced asks 4.5:1 of large text (ours is all ≥ 28 px, where plain
      // color-contrast would accept 3:1); the brief asks 4.5:1 everywhere.
      rules: { 'color-contrast-enhanced': { enabled: true } },
    });
    return JSON.parse(JSON.stringify(result.violations)) as unknown;
  });
  const out: string[] = [];
  for (const v of violations as AxeViolation[]) {
    const enhanced = v.id === 'color-contrast-enhanced';
    for (const node of v.nodes) {
      if (enhanced) {
        // Only the 4.5:1 threshold is ours to enforce, not AAA's 7:1 for small text.
        const data = node.any[0]?.data as { contrastRatio?: number } | undefined;
        if ((data?.contrastRatio ?? 0) >= 4.5) continue;
      } else if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      out.push(
        `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(0, 2).join(' ')}`,
      );
    }
  }
  return out;
}
