/**
 * Diagnosis aid (not part of the gate): `tsx scripts/bench/first-slide-timeline.ts [--renderer DIR]
 * [--runs N]` loads the audience view N times (after one warm-up) and prints, as medians in ms
 * since navigation start, when each file the first slide waited for was requested and answered,
 * when the deck answer came back, when the slide entered the DOM and when it was painted: where
 * the app's part of "first slide − blank page" goes.
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../../harness/browser';
import { HARNESS_ORIGIN, startMain } from '../../harness/main-bridge';
import { openView } from './harness';
import { readProbe } from './page-probe';
import { median } from './stats';
import type { TraceEvent } from './trace-costs';

const { values: args } = parseArgs({
  options: { renderer: { type: 'string' }, runs: { type: 'string' }, trace: { type: 'boolean' } },
});
const runs = Number(args.runs ?? 7);
const browser = await launchChromium();
const main = await startMain();
const rows = new Map<string, number[]>();
const add = (key: string, value: number) => rows.set(key, [...(rows.get(key) ?? []), value]);

/** The renderer main thread's tasks over 3 ms up to the painted frame, with what is inside each. */
function printTasks(buffer: Buffer, paintedMs: number): void {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => thread && e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const nav = events.find((e) => e.name === 'navigationStart' && thread && e.pid === thread.pid);
  const t0 = nav?.ts ?? onMain[0]?.ts ?? 0;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 3_000 && e.ts - t0 < paintedMs * 1000);
  for (const task of tasks) {
    const inside = onMain
      .filter(
        (e) =>
          e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) > 2_000,
      )
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 5)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? `[${String(e.args.data.url).replace(/^.*\//, '')}]` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`,
      );
    console.log(
      `task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} wall, ${((task.tdur ?? 0) / 1000).toFixed(1)} cpu — ${inside.join(', ')}`,
    );
  }
}

try {
  for (let i = 0; i <= runs; i++) {
    const view = await openView(browser, { main, rendererDir: args.renderer });
    try {
      const tracing = args.trace === true && i === runs;
      if (tracing)
        await browser.startTracing(view.page, {
          categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'loading'],
        });
      await view.page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
      await view.page.waitForFunction(() => {
        const d = (window as unknown as { __bench: { firstSlide: { painted: number } | null } }).__bench;
        return d.firstSlide !== null && !Number.isNaN(d.firstSlide.painted);
      });
      const probe = await readProbe(view.page);
      const marks = await view.page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const painted = (window as unknown as { __bench: { firstSlide: { painted: number } } }).__bench.firstSlide
          .painted;
        return {
          nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domComplete: nav.domComplete },
          resources: performance
            .getEntriesByType('resource')
            .map((r) => r as PerformanceResourceTiming)
            .filter((r) => r.startTime < painted)
            .map((r) => ({
              name: r.name.replace(/^.*\//, '').replace(/-[\w-]{8}\./, '.'),
              start: r.startTime,
              end: r.responseEnd,
            })),
        };
      });
      if (tracing) printTasks(await browser.stopTracing(), probe.firstSlide!.painted);
      if (i === 0) continue; // warm-up
      add('html answered', marks.nav.responseEnd);
      add('DOM interactive', marks.nav.domInteractive);
      for (const r of marks.resources) {
        add(`${r.name} requested`, r.start);
        add(`${r.name} answered`, r.end);
      }
      add('slide in the DOM', probe.firstSlide!.appeared);
      add('slide painted', probe.firstSlide!.painted);
    } finally {
      await view.close();
    }
  }
} finally {
  main.dispose();
  await browser.close();
}
const sorted = [...rows].map(([k, v]) => [k, median(v), v.length] as const).sort((a, b) => a[1] - b[1]);
for (const [k, v, n] of sorted)
  console.log(`${v.toFixed(1).padStart(8)} ms  ${k}${n < runs ? ` (${n}/${runs} runs)` : ''}`);
