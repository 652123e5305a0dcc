/**
 * `tsx scripts/bench/compare-builds.ts --before DIR [--after DIR] [--rounds N] [--loops N]`
 *
 * Before/after figures for one change, taken in one run so both builds see the same machine:
 * rounds that each load a blank page, the `before` renderer and the `after` renderer (first
 * slide painted, see measureFirstSlide), then attract loops alternating the two (frame p95,
 * long tasks), and the JS each build puts on the first slide's path. `--before` is a renderer
 * folder of another build (e.g. a copy of the previous commit built into /tmp/base/out/renderer);
 * `--after` defaults to out/renderer. Medians; read the differences, not the absolute values.
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../../harness/browser';
import { loopRun, measureFirstSlide, type FirstSlideRun, type LoopRun } from './browser-bench';
import { CLEAN_RENDERER, firstSlideJsGzip, rendererJsGzip } from './build';
import { favourOwnProcesses } from './priority';
import { median, round } from './stats';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: CLEAN_RENDERER },
    rounds: { type: 'string', default: '7' },
    loops: { type: 'string', default: '3' },
  },
});
if (!args.before) throw new Error('--before DIR (a renderer build) is required');
const builds = { before: args.before, after: args.after! };
const rounds = Number(args.rounds);
const loops = Number(args.loops);

const browser = await launchChromium();
favourOwnProcesses();
const first: Record<'before' | 'after', FirstSlideRun[]> = { before: [], after: [] };
const loop: Record<'before' | 'after', LoopRun[]> = { before: [], after: [] };
const errors: string[] = [];
try {
  for (let i = 0; i < rounds; i++) {
    // Alternate which build goes first, so neither always follows the other's cache warm-up.
    for (const name of i % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
      const r = await measureFirstSlide(browser, 1, builds[name]);
      first[name].push(...r.runs);
      errors.push(...r.errors);
    }
    console.log(`first slide round ${i + 1}/${rounds}`);
  }
  for (let i = 0; i < loops; i++) {
    for (const name of i % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
      const r = await loopRun(browser, 0, 0, builds[name]);
      loop[name].push(r.loop);
      errors.push(...r.errors);
    }
    console.log(`attract loop ${i + 1}/${loops}`);
  }
} finally {
  await browser.close();
}

const med = (xs: Array<number | null>) => round(median(xs.filter((x): x is number => x !== null)), 1);
console.log('\nmetric                          before   after');
for (const [metric, pick] of [
  ['first_slide_ms', (n: 'before' | 'after') => med(first[n].map((r) => r.first_slide_ms))],
  ['blank_page_ms', (n: 'before' | 'after') => med(first[n].map((r) => r.blank_page_ms))],
  [
    'first_slide_minus_blank_ms',
    (n: 'before' | 'after') => med(first[n].map((r) => r.first_slide_ms - r.blank_page_ms)),
  ],
  ['first_slide_fcp_ms', (n: 'before' | 'after') => med(first[n].map((r) => r.first_slide_fcp_ms))],
  ['frame_p95_ms', (n: 'before' | 'after') => med(loop[n].map((l) => l.frame_p95_ms))],
  ['frames_in_loop', (n: 'before' | 'after') => med(loop[n].map((l) => l.frames))],
  ['long_tasks_in_loop', (n: 'before' | 'after') => med(loop[n].map((l) => l.long_tasks_in_loop))],
  ['first_slide_js_gzip_kb', (n: 'before' | 'after') => round(firstSlideJsGzip(builds[n]).kb, 1)],
  ['renderer_js_gzip_kb', (n: 'before' | 'after') => round(rendererJsGzip(builds[n]).kb, 1)],
] as const)
  console.log(`${metric.padEnd(30)} ${String(pick('before')).padStart(7)} ${String(pick('after')).padStart(7)}`);
console.log(`errors: ${errors.length}${errors.length ? `\n${errors.slice(0, 10).join('\n')}` : ''}`);
