/**
 * Diagnosis aid (not part of the gate): `tsx scripts/bench/profile-loop.ts [--renderer DIR]`
 * samples the renderer's JavaScript (DevTools CPU profiler, 100 µs) through one attract loop and
 * prints, for each long task of the loop, the functions that ran in it, inclusive and self, by
 * source file and line. Build the renderer with source maps first for readable names:
 * `SHOWCASE_SOURCEMAP=1 npx electron-vite build --outDir /tmp/sm` (DIR defaults to
 * /tmp/sm/renderer). Check it on a fault build (`RENDERER_VITE_BENCH_FAULT=busy`): each
 * transition's 100 ms busy loop shows under bench-faults.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../harness/browser';
import { runAttractLoop } from './browser-bench';
import { openView, showAudience } from './harness';
import { readProbe } from './page-probe';

interface SourceMap {
  originalPositionFor(at: { line: number; column: number }): {
    source: string | null;
    line: number | null;
    name: string | null;
  };
}
// source-map-js comes with Vite (PostCSS); it has no ES module entry.
const { SourceMapConsumer } = createRequire(import.meta.url)('source-map-js') as {
  SourceMapConsumer: new (raw: unknown) => SourceMap;
};

/** Asked-for sampling interval, µs (the profiler may sample less often under load). */
const SAMPLE_US = 100;
const { values: args } = parseArgs({ options: { renderer: { type: 'string', default: '/tmp/sm/renderer' } } });
const dir = args.renderer!;

const browser = await launchChromium();
const view = await openView(browser, { rendererDir: dir });
await showAudience(view);
await view.cdp.send('Profiler.enable');
await view.cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
await view.cdp.send('Profiler.start');
const loopStart = (await view.page.evaluate('performance.now()')) as number;
const loop = await runAttractLoop(view);
const { profile } = await view.cdp.send('Profiler.stop');
// The probe's long tasks, on the page's clock (the loop's own list counts from its start).
const longTasks = (await readProbe(view.page)).longTasks.filter((lt) => lt.duration > 50);
await view.close();
view.main.dispose();
await browser.close();

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const maps = new Map<string, SourceMap | null>();

type CallFrame = (typeof profile.nodes)[number]['callFrame'];

/** A frame as `file:line name`, through the chunk's source map when there is one. */
function frameName(cf: CallFrame): string {
  const file = cf.url.replace(/^.*\/assets\//, '');
  if (!maps.has(file)) {
    const path = `${dir}/assets/${file}.map`;
    maps.set(file, file && existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  const at = maps.get(file)?.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
  if (!at?.source) return `${cf.functionName || '(anonymous)'} ${file}`.trim();
  const source = at.source.replace(/.*node_modules\//, '').replace(/.*src\/renderer\/src\//, '');
  return `${source}:${at.line}${at.name ? ` ${at.name}` : ''}`;
}

// Sample times are on the profiler's clock; the profile starts when the loop does (to a few ms).
const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
// Each sample stands for the time since the one before it (the profiler samples less often than
// asked when the page is busy), capped so a gap in sampling cannot swell one function.
let t = profile.startTime;
const samples = (profile.samples ?? []).map((id, i) => {
  const delta = profile.timeDeltas?.[i] ?? 0;
  t += delta;
  return { at: loopStart + (t - profile.startTime) / 1000, id, ms: Math.min(delta, 5_000) / 1000 };
});

console.log(`long tasks in the loop: ${JSON.stringify(loop.long_tasks)}`);
for (const task of longTasks) {
  const from = task.start;
  const inTask = samples.filter((s) => s.at >= from && s.at <= from + task.duration);
  const busy = inTask.filter((s) => !IDLE.has(nodes.get(s.id)!.callFrame.functionName));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const s of busy) {
    const own = frameName(nodes.get(s.id)!.callFrame);
    self.set(own, (self.get(own) ?? 0) + s.ms);
    const seen = new Set<string>();
    for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
      const name = frameName(nodes.get(id)!.callFrame);
      if (IDLE.has(nodes.get(id)!.callFrame.functionName) || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + s.ms);
    }
  }
  const ms = (n: number) => n.toFixed(1);
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => `    ${ms(v).padStart(6)} ms  ${k}`)
      .join('\n');
  console.log(
    `\ntask at ${Math.round(task.start - loopStart)} ms into the loop, ${Math.round(task.duration)} ms wall: ${ms(busy.reduce((sum, s) => sum + s.ms, 0))} ms of script sampled`,
  );
  console.log(`  inclusive:\n${top(inclusive)}\n  self:\n${top(self)}`);
}
