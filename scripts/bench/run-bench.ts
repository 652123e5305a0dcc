/**
 * `npm run bench [-- --fault busy|leak] [--runs N] [--first-runs N] [--transitions N] [--warmup N]`
 *
 * Measures the built app (out/renderer, built by the npm script just before) in Debian
 * Chromium through the test harness with main's real core, several runs each, medians
 * reported: first slide vs a blank page, content load, one attract loop (long tasks, frames),
 * memory after 1,000 transitions vs after the first loop, renderer JS size. Writes
 * out/bench/results.json, prints a table, and exits 1 when a gated budget (bench/budgets.json)
 * breaks. `--fault` measures a build with an injected fault instead (temporary folder; out/
 * stays the clean build) and writes out/bench/results-fault-<name>.json.
 * `SHOWCASE_RENDERER_DIR=/tmp/x/renderer tsx scripts/bench/run-bench.ts` measures a build made
 * elsewhere (`electron-vite build --outDir /tmp/x`) and writes /tmp/x/bench/ instead of out/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../harness/browser';
import { BUNDLED_PACK, REPO } from '../../harness/main-bridge';
import { measureFirstSlide, loopRun, type EnduranceRun, type LoopRun } from './browser-bench';
import { checkBudgets, readBudgets } from './budgets';
import {
  buildWithFault,
  BENCH_OUT,
  CLEAN_RENDERER,
  faultMarkersIn,
  FAULT_MARKERS,
  FAULTS,
  firstSlideJsGzip,
  appJsGzip,
  rendererJsGzip,
  type Fault,
} from './build';
import { measureContentLoad } from './content-load';
import { formatTable, type TableRow } from './report';
import { favourOwnProcesses, load1, BENCH_NICE } from './priority';
import { median, round } from './stats';

const { values: args } = parseArgs({
  options: {
    fault: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'first-runs': { type: 'string', default: '7' },
    'content-runs': { type: 'string', default: '15' },
    transitions: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '250' },
  },
});

const positive = (name: string, raw: string | undefined): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return n;
};

async function main(): Promise<number> {
  const fault = args.fault as Fault | undefined;
  if (fault !== undefined && !FAULTS.includes(fault)) throw new Error(`--fault must be one of ${FAULTS.join(', ')}`);
  const runs = positive('runs', args.runs);
  const firstRuns = positive('first-runs', args['first-runs']);
  const contentRuns = positive('content-runs', args['content-runs']);
  const transitionCount = positive('transitions', args.transitions);
  const warmup = Number(args.warmup);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup must be a whole number ≥ 0');
  const budgets = readBudgets(join(REPO, 'bench', 'budgets.json'));

  // The clean build must carry no fault code at all (the switch is build-time only).
  const cleanMarkers = faultMarkersIn(CLEAN_RENDERER);
  if (cleanMarkers.length > 0)
    throw new Error(
      `${CLEAN_RENDERER} contains fault code (${cleanMarkers.join(', ')}): rebuild with \`npm run build\``,
    );

  let rendererDir = CLEAN_RENDERER;
  let cleanup = () => undefined as void;
  if (fault) {
    console.log(`building with the injected fault '${fault}' (temporary folder)…`);
    ({ rendererDir, cleanup } = buildWithFault(fault));
    if (!faultMarkersIn(rendererDir).includes(fault))
      throw new Error(`the '${fault}' build lacks ${FAULT_MARKERS[fault]}`);
  }

  const errors: string[] = [];
  const browser = await launchChromium();
  favourOwnProcesses();
  const loadAtStart = load1();
  try {
    console.log('content load…');
    const content = await measureContentLoad(BUNDLED_PACK, contentRuns);
    console.log(`first slide (${firstRuns} runs)…`);
    const first = await measureFirstSlide(browser, firstRuns, fault ? rendererDir : undefined);
    errors.push(...first.errors);
    const loops: LoopRun[] = [];
    let endurance: EnduranceRun | null = null;
    for (let i = 0; i < runs; i++) {
      console.log(`attract loop ${i + 1}/${runs}${i === 0 ? ` + ${transitionCount} transitions` : ''}…`);
      const run = await loopRun(browser, i === 0 ? transitionCount : 0, warmup, fault ? rendererDir : undefined);
      loops.push(run.loop);
      endurance ??= run.endurance;
      errors.push(...run.errors);
    }
    const js = rendererJsGzip(rendererDir);
    const firstJs = firstSlideJsGzip(rendererDir);
    const appJs = appJsGzip(rendererDir);

    const firstMs = median(first.runs.map((r) => r.first_slide_ms));
    const blankMs = median(first.runs.map((r) => r.blank_page_ms));
    const metrics: Record<string, number | null> = {
      first_slide_ms: round(firstMs, 1),
      blank_page_ms: round(blankMs, 1),
      first_slide_ratio: round(firstMs / blankMs, 2),
      // Per run (the blank page and the app load back to back), then the median: the app's own work.
      first_slide_minus_blank_ms: round(median(first.runs.map((r) => r.first_slide_ms - r.blank_page_ms)), 1),
      first_slide_fcp_ms: round(
        median(first.runs.flatMap((r) => (r.first_slide_fcp_ms === null ? [] : [r.first_slide_fcp_ms]))),
        1,
      ),
      content_load_ms: content.content_load_ms,
      long_tasks_in_loop: median(loops.map((l) => l.long_tasks_in_loop)),
      frame_p95_ms: round(median(loops.map((l) => l.frame_p95_ms ?? Number.NaN)), 1),
      heap_growth_pct: endurance?.heap_growth_pct ?? null,
      heap_growth_from_first_loop_pct: endurance?.heap_growth_from_first_loop_pct ?? null,
      js_heap_used_growth_pct: endurance?.js_heap_used_growth_pct ?? null,
      dom_nodes_growth_pct: endurance?.dom_nodes_growth_pct ?? null,
      listeners_growth_pct: endurance?.listeners_growth_pct ?? null,
      renderer_js_gzip_kb: round(js.kb, 1),
      first_slide_js_gzip_kb: round(firstJs.kb, 1),
      app_js_gzip_kb: round(appJs.kb, 1),
      errors: errors.length,
    };
    const report = checkBudgets(metrics, budgets);

    const per = (values: Array<number | null>) => `[${values.map((v) => (v === null ? '—' : v)).join(', ')}]`;
    const mem = endurance;
    const rows: TableRow[] = [
      { metric: 'first_slide_ms', value: metrics.first_slide_ms, detail: per(first.runs.map((r) => r.first_slide_ms)) },
      { metric: 'blank_page_ms', value: metrics.blank_page_ms, detail: per(first.runs.map((r) => r.blank_page_ms)) },
      { metric: 'first_slide_ratio', value: metrics.first_slide_ratio, detail: 'first_slide_ms / blank_page_ms' },
      {
        metric: 'first_slide_minus_blank_ms',
        value: metrics.first_slide_minus_blank_ms,
        detail: 'median over runs of first_slide_ms − blank_page_ms (same run)',
      },
      {
        metric: 'first_slide_fcp_ms',
        value: metrics.first_slide_fcp_ms,
        detail: `paint entry; blank ${median(first.runs.map((r) => r.blank_page_fcp_ms ?? Number.NaN))}`,
      },
      {
        metric: 'content_load_ms',
        value: metrics.content_load_ms,
        detail: `${content.runs_ms.length} warm runs, first cold load ${content.first_load_ms} ms`,
      },
      ...content.content_load_scaling.map((s) => ({
        metric: `content_load_${s.mix}_${s.slides}`,
        value: s.ms,
        detail:
          s.ms === null ? `${s.bytes} bytes: over the deck.json limit` : `${s.ms_per_slide} ms/slide, ${s.bytes} bytes`,
      })),
      {
        metric: 'long_tasks_in_loop',
        value: metrics.long_tasks_in_loop,
        detail: `${per(loops.map((l) => l.long_tasks_in_loop))} longest ${Math.max(0, ...loops.flatMap((l) => l.long_tasks.map((t) => t.duration)))} ms`,
      },
      {
        metric: 'frame_p95_ms',
        value: metrics.frame_p95_ms,
        detail: `${per(loops.map((l) => l.frame_p95_ms))} max ${per(loops.map((l) => l.frame_max_ms))}`,
      },
      {
        metric: 'heap_growth_pct',
        value: metrics.heap_growth_pct,
        detail: mem
          ? `${mb(mem.after_warmup.heapObjects)} → ${mb(mem.after_transitions.heapObjects)} MB: heap snapshot without compiled code, after ${mem.warmup_transitions} warm-up transitions`
          : '',
      },
      {
        metric: 'heap_growth_from_first_loop_pct',
        value: metrics.heap_growth_from_first_loop_pct,
        detail: mem
          ? `${mb(mem.after_first_loop.heapObjects)} → ${mb(mem.after_transitions.heapObjects)} MB: the same from right after the first loop`
          : '',
      },
      {
        metric: 'js_heap_used_growth_pct',
        value: metrics.js_heap_used_growth_pct,
        detail: mem
          ? `${mb(mem.after_warmup.heapUsed)} → ${mb(mem.after_transitions.heapUsed)} MB JSHeapUsedSize, compiled code included (${mb(mem.after_first_loop.heapUsed)} MB after the first loop)`
          : '',
      },
      {
        metric: 'dom_nodes_growth_pct',
        value: metrics.dom_nodes_growth_pct,
        detail: mem
          ? `${mem.after_first_loop.nodes} → ${mem.after_transitions.nodes} nodes (elements ${mem.after_first_loop.elements} → ${mem.after_transitions.elements})`
          : '',
      },
      {
        metric: 'listeners_growth_pct',
        value: metrics.listeners_growth_pct,
        detail: mem ? `${mem.after_first_loop.listeners} → ${mem.after_transitions.listeners} listeners` : '',
      },
      {
        metric: 'renderer_js_gzip_kb',
        value: metrics.renderer_js_gzip_kb,
        detail: `${js.files.length} file(s), ${round(js.files.reduce((s, f) => s + f.bytes, 0) / 1000, 1)} KB raw`,
      },
      {
        metric: 'first_slide_js_gzip_kb',
        value: metrics.first_slide_js_gzip_kb,
        detail: `on the first slide's path: ${firstJs.files.map((f) => f.replace('assets/', '')).join(', ')}`,
      },
      {
        metric: 'app_js_gzip_kb',
        value: metrics.app_js_gzip_kb,
        detail: `what the view needs to be live (fetched after main's first view is painted): ${appJs.files.length} file(s)`,
      },
      {
        metric: 'errors',
        value: metrics.errors,
        detail: errors
          .slice(0, 2)
          .map((e) => e.slice(0, 100))
          .join(' | '),
      },
    ];
    const table = formatTable(rows, report);
    console.log(`\n${fault ? `FAULT INJECTED: ${fault}\n` : ''}${table}`);
    if (mem)
      console.log(
        `\nmemory trend (transitions: heap objects MB / JSHeapUsed MB / DOM nodes / listeners / style-cache entries): ${mem.trend.map((r) => `${r.transitions}: ${mb(r.heapObjects)} / ${mb(r.heapUsed)} / ${r.nodes} / ${r.listeners} / ${r.styleCacheEntries}`).join(', ')}`,
      );
    if (mem)
      console.log(
        `endurance: ${mem.transitions} transitions (${mem.mounted_waits} waited for the slide to mount), ${mem.locale_switches} locale switches, ${mem.idle_returns} idle returns, ${mem.seconds} s`,
      );
    console.log(
      `first slide: ms since navigation start to the 2nd rAF after the first slide is in the DOM ([data-testid=slide], or the slide of the first view main drew into index.html; the same for the blank page)`,
    );

    const version = browser.version();
    const results = {
      date: new Date().toISOString(),
      fault: fault ?? null,
      machine: {
        load_average_1m: { start: loadAtStart, end: load1() },
        nice: BENCH_NICE,
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        node: process.version,
        chromium: version,
      },
      runs: { first_slide: firstRuns, loops: runs, content: contentRuns, transitions: transitionCount, warmup },
      metrics,
      budgets: report.rows,
      broken: report.broken.map((b) => b.metric),
      details: {
        first_slide: {
          method:
            'performance.now() in the 2nd requestAnimationFrame after [data-testid=slide] appears (MutationObserver); FCP alongside',
          runs: first.runs,
        },
        content,
        loops,
        endurance,
        renderer_js: js.files,
        errors,
      },
    };
    const outDir = BENCH_OUT;
    await mkdir(outDir, { recursive: true });
    const file = join(outDir, fault ? `results-fault-${fault}.json` : 'results.json');
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwrote ${file}`);
    if (report.ok) {
      console.log(fault ? `fault '${fault}' NOT caught: every gated budget held` : 'all gated budgets hold');
      return fault ? 1 : 0;
    }
    console.log(
      `${fault ? `fault '${fault}' caught — ` : ''}gated budget(s) broken: ${report.broken.map((b) => `${b.metric} = ${b.value ?? 'not measured'} (≤ ${b.max})`).join(', ')}`,
    );
    return 1;
  } finally {
    await browser.close();
    cleanup();
  }
}

const mb = (bytes: number) => round(bytes / 1048576, 2);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
