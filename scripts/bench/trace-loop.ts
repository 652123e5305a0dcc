/**
 * Diagnosis aid (not part of the gate): `tsx scripts/bench/trace-loop.ts [--renderer DIR]`
 * records a Chromium trace of one attract loop and lists the renderer main thread's tasks over
 * 50 ms with their wall time, CPU time (a task that waited for the CPU has far more wall than
 * CPU time) and the heaviest events inside, to find what a long task is.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../harness/browser';
import { runAttractLoop } from './browser-bench';
import { openView, showAudience } from './harness';
import { costsByKind, type TraceEvent } from './trace-costs';

const browser = await launchChromium();
const { favourOwnProcesses } = await import('./priority');
favourOwnProcesses();
// --renderer: another build of the renderer (a baseline copy, a fault build) instead of out/renderer.
const { values: args } = parseArgs({ options: { renderer: { type: 'string' } } });
const view = await openView(browser, { rendererDir: args.renderer });
await showAudience(view);
await browser.startTracing(view.page, {
  categories: [
    'toplevel',
    'cc',
    'viz',
    'gpu',
    'benchmark',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8',
    'blink.user_timing',
  ],
});
const loop = await runAttractLoop(view);
const buffer = await browser.stopTracing();
await writeFile('/tmp/bench-trace.json', buffer);
const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
console.log(
  `loop: ${loop.long_tasks_in_loop} long tasks (probe), frame p95 ${loop.frame_p95_ms} ms; trace: ${tasks.length} RunTask > 50 ms`,
);
// Nested events (a FunctionCall inside a FireAnimationFrame) are counted in both: read the
// rows as where time goes, not as a sum.
console.log(`work by kind over ${loop.frames} frames (ms total, ms per frame):`);
for (const row of costsByKind(events, loop.frames).filter((r) => r.total_ms > 0))
  console.log(
    `  ${row.thread.padEnd(26)} ${row.kind.padEnd(10)} ${String(row.total_ms).padStart(7)}  ${row.per_frame_ms}`,
  );
for (const task of tasks) {
  const inside = onMain
    .filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) > 5_000,
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 6)
    .map(
      (e) =>
        `${e.name}${e.args?.data?.functionName ? `(${String(e.args.data.functionName)})` : ''}${e.args?.data?.url ? `[${String(e.args.data.url).slice(-30)}]` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)}`,
    );
  console.log(
    `task ${((task.dur ?? 0) / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms cpu: ${inside.join(', ')}`,
  );
}
await view.close();
await browser.close();
