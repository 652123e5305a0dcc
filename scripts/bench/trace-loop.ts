/**
 * Diagnosis aid (not part of the gate): `tsx scripts/bench/trace-loop.ts [--fault-dir DIR]`
 * records a Chromium trace of one attract loop and lists the renderer main thread's tasks over
 * 50 ms with their wall time, CPU time (a task that waited for the CPU has far more wall than
 * CPU time) and the heaviest events inside, to find what a long task is.
 */
import { writeFile } from 'node:fs/promises';
import { launchChromium } from '../../tests/support/browser';
import { runAttractLoop } from './browser-bench';
import { openView, showAudience } from './harness';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const browser = await launchChromium();
const { favourOwnProcesses } = await import('./priority');
favourOwnProcesses();
const view = await openView(browser, {});
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
