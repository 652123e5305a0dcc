/**
 * `npm run soak -- --minutes N [--speed S] [--seed X]`: the audience view in Chromium for N
 * minutes with main's real core on a clock running S× real time (the attract loop accelerated),
 * random visitor input (taps, keys, swipes), language switches, quiet spells that let the kiosk
 * fall back to the attract loop, and page reloads. Counts transitions and errors (page errors,
 * console errors, view reports and main log lines of level error, refused IPC, outbound
 * requests) and reads heap/DOM/listeners after GC at the start, along the way and at the end.
 * Writes out/bench/soak.json; exits 1 on any error or growth past the bench budgets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../harness/browser';
import { REPO } from '../../harness/main-bridge';
import { Settings } from '../../src/shared/settings.schema';
import { readBudgets } from './budgets';
import { BENCH_OUT } from './build';
import { tourEveryLocale } from './browser-bench';
import {
  heapGrowth,
  mainErrors,
  openView,
  settledReading,
  showAudience,
  VIEWPORT,
  type HeapSummary,
  type MemoryReading,
  type View,
} from './harness';
import { favourOwnProcesses, load1 } from './priority';
import { growthPct, round } from './stats';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '20' },
    speed: { type: 'string', default: '5' },
    seed: { type: 'string' },
  },
});

/** A small seeded generator (mulberry32), so a failing soak can be replayed with --seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Reading = { at_s: number; segment: number; label: string } & MemoryReading;

async function main(): Promise<number> {
  const minutes = Number(args.minutes);
  const speed = Number(args.speed);
  if (!(minutes > 0) || !(speed >= 1)) throw new Error('--minutes must be > 0 and --speed ≥ 1');
  const seed = args.seed !== undefined ? Number(args.seed) : Date.now() % 1_000_000;
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const budgets = readBudgets(join(REPO, 'bench', 'budgets.json'));
  const limit = (metric: string) => budgets.find((b) => b.metric === metric)?.max ?? 5;

  const browser = await launchChromium();
  favourOwnProcesses();
  const view: View = await openView(browser, { speed });
  const { main, page } = view;
  const deck = main.content.snapshot.deck;
  const settings = Settings.parse({});
  const idleMs = (settings.idleSeconds + settings.countdownSeconds) * 1000;
  const loopMs = deck.slides.reduce((sum, s) => sum + s.durationSeconds * 1000, 0) / speed;
  const counts = { transitions: 0, taps: 0, keys: 0, swipes: 0, languages: 0, reloads: 0, quiet: 0, attractReturns: 0 };
  main.controller.subscribe((state, action) => {
    if (action.type === 'countdownTick' && state.phase === 'attract') counts.attractReturns++;
  });
  /**
   * Clicks a language button by its position. Not through a Playwright locator: each distinct
   * locator leaves a few nodes in Playwright's own injected script, which the DOM count would
   * then blame on the app (found while reading a +4 nodes step per language).
   */
  const clickLanguage = async (i: number) => {
    const centres = (await page.evaluate(
      `[...document.querySelectorAll('.language-button')].map((b) => { const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })`,
    )) as number[][];
    if (centres[i]) await page.mouse.click(centres[i][0], centres[i][1]);
  };
  /**
   * Warm-up after a (re)load, what a kiosk shows in its first half hour: one attract loop, every
   * language by its button, then every slide in every language (see tourEveryLocale). Readings
   * count Blink's style-cache entries to show that the cache stops growing after it.
   */
  const warmUp = async () => {
    await page.waitForTimeout(loopMs);
    for (let i = 0; i < deck.locales.length; i++) {
      await clickLanguage(i);
      await page.waitForTimeout(800);
    }
    await tourEveryLocale(view, 1500);
  };
  let lastIndex = main.controller.getState().index;
  main.controller.subscribe((state) => {
    if (state.index !== lastIndex) counts.transitions++;
    lastIndex = state.index;
  });

  // Main's clock follows real time (waits divided by `speed` in the deck controller).
  let last = Date.now();
  const ticker = setInterval(() => {
    const now = Date.now();
    main.clock.advance(now - last);
    last = now;
  }, 50);

  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const readings: Reading[] = [];
  let segment = 0;
  // One heap summary per reading (same index): the soak reports what grew over the last page
  // life, by constructor, so growth can be explained, not just measured.
  const summaries: HeapSummary[] = [];
  const read = async (label: string) =>
    readings.push({
      at_s: round(elapsed(), 0)!,
      segment,
      label,
      ...(await settledReading(view, 2500, (summary) => summaries.push(summary))),
    });

  try {
    await showAudience(view);
    await warmUp();
    await read('start');
    const endAt = started + minutes * 60_000;
    // Reloads only in the first 60 % of the run: the last stretch is one long page life.
    const reloadUntil = started + minutes * 60_000 * 0.6;
    // Page lives of 1.5–4 minutes of visitors, counted from the end of each warm-up.
    let nextReload = Date.now() + 90_000 + rand() * 150_000;
    let nextReading = Date.now() + 5 * 60_000;
    while (Date.now() < endAt) {
      favourOwnProcesses();
      if (Date.now() >= nextReload && Date.now() < reloadUntil) {
        await read('before reload');
        await page.reload();
        await page.locator('[data-testid=slide]').first().waitFor();
        counts.reloads++;
        segment++;
        await warmUp();
        nextReload = Date.now() + 90_000 + rand() * 150_000;
        nextReading = Date.now() + 5 * 60_000;
        await read('after reload');
        continue;
      }
      if (Date.now() >= nextReading) {
        await read('along the way');
        nextReading = Date.now() + 5 * 60_000;
      }
      const r = rand();
      const x = 40 + rand() * (VIEWPORT.width - 80);
      const y = 40 + rand() * (VIEWPORT.height - 80);
      if (r < 0.3) {
        await page.mouse.click(x, y);
        counts.taps++;
      } else if (r < 0.55) {
        await page.keyboard.press(
          pick([
            'ArrowRight',
            'ArrowLeft',
            'ArrowRight',
            'Home',
            'End',
            ' ',
            'PageDown',
            'PageUp',
            '3',
            'Enter',
            'b',
            'b',
            'x',
          ]),
        );
        counts.keys++;
      } else if (r < 0.75) {
        const dx = (rand() < 0.5 ? -1 : 1) * (250 + rand() * 500);
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(Math.min(VIEWPORT.width - 1, Math.max(1, x + dx)), y + (rand() - 0.5) * 60, { steps: 8 });
        await page.mouse.up();
        counts.swipes++;
      } else if (r < 0.87) {
        await clickLanguage(Math.floor(rand() * deck.locales.length));
        counts.languages++;
      } else {
        // A quiet spell long enough for the idle timeout and the countdown: back to attract.
        await page.waitForTimeout(idleMs / speed + 2000 + rand() * loopMs);
        counts.quiet++;
        continue;
      }
      await page.waitForTimeout(300 + rand() * 2500);
    }
    await read('end');
  } finally {
    clearInterval(ticker);
  }

  const errors = [...view.errors, ...mainErrors(main, page)];
  const start = readings[0];
  const end = readings[readings.length - 1];
  const lastSegmentStart = readings.find((r) => r.segment === end.segment)!;
  const growth = (a: MemoryReading, b: MemoryReading) => ({
    heap_pct: round(growthPct(a.heapObjects, b.heapObjects), 2),
    js_heap_used_pct: round(growthPct(a.heapUsed, b.heapUsed), 2),
    dom_nodes_pct: round(growthPct(a.nodes, b.nodes), 2),
    listeners_pct: round(growthPct(a.listeners, b.listeners), 2),
  });
  const overall = growth(start, end);
  const lastSegment = growth(lastSegmentStart, end);
  const heapMax = limit('heap_growth_pct');
  const domMax = limit('dom_nodes_growth_pct');
  const over = (g: ReturnType<typeof growth>) =>
    (g.heap_pct ?? Infinity) > heapMax || (g.dom_nodes_pct ?? Infinity) > domMax;
  const problems = [
    ...(errors.length > 0 ? [`${errors.length} error(s)`] : []),
    ...(over(overall) ? ['heap/DOM growth start → end past budget'] : []),
    ...(over(lastSegment) ? ['heap/DOM growth over the last page life past budget'] : []),
  ];
  const result = {
    date: new Date().toISOString(),
    minutes,
    speed,
    seed,
    load_average_1m_end: load1(),
    seconds: round(elapsed(), 0),
    counts,
    errors,
    start,
    end,
    growth_start_to_end: overall,
    last_page_life: {
      from_s: lastSegmentStart.at_s,
      to_s: end.at_s,
      ...lastSegment,
      grew: heapGrowth(summaries[readings.indexOf(lastSegmentStart)], summaries[summaries.length - 1], 40),
    },
    readings,
    budgets: { heap_growth_pct: heapMax, dom_nodes_growth_pct: domMax },
    ok: problems.length === 0,
    problems,
  };
  await view.close();
  await browser.close();
  const outDir = BENCH_OUT;
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);

  const mb = (b: number) => (b / 1048576).toFixed(2);
  console.log(`soak: ${round(elapsed() / 60, 1)} min at ${speed}× (seed ${seed})`);
  console.log(
    `transitions ${counts.transitions}; input: ${counts.taps} taps, ${counts.keys} keys, ${counts.swipes} swipes, ${counts.languages} language switches, ${counts.quiet} quiet spells (${counts.attractReturns} returns to attract), ${counts.reloads} reloads`,
  );
  console.log(`errors ${errors.length}${errors.length ? `: ${errors.slice(0, 5).join(' | ')}` : ''}`);
  console.log(
    `heap objects ${mb(start.heapObjects)} → ${mb(end.heapObjects)} MB (${overall.heap_pct} %), JSHeapUsed ${mb(start.heapUsed)} → ${mb(end.heapUsed)} MB (${overall.js_heap_used_pct} %), DOM nodes ${start.nodes} → ${end.nodes} (${overall.dom_nodes_pct} %), listeners ${start.listeners} → ${end.listeners}`,
  );
  console.log(
    `last page life (${lastSegmentStart.at_s}–${end.at_s} s): heap ${lastSegment.heap_pct} %, DOM ${lastSegment.dom_nodes_pct} %`,
  );
  console.log(
    `readings (heap objects/JSHeapUsed, DOM nodes, style-cache entries): ${readings.map((r) => `${r.at_s}s ${r.label}: ${mb(r.heapObjects)}/${mb(r.heapUsed)} MB, ${r.nodes}, ${r.styleCacheEntries}`).join('; ')}`,
  );
  console.log(problems.length === 0 ? 'soak ok' : `soak FAILED: ${problems.join('; ')}`);
  console.log(`wrote ${join(outDir, 'soak.json')}`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
