/** The measurements made in Chromium: first slide against a blank page, one attract loop, endurance. */
import type { Browser } from '@playwright/test';
import { HARNESS_ORIGIN, startMain } from '../../harness/main-bridge';
import { Settings } from '../../src/shared/settings.schema';
import {
  BLANK_PATH,
  mainErrors,
  openView,
  settledReading,
  showAudience,
  type MemoryReading,
  type View,
} from './harness';
import { frames, pageNow, readProbe } from './page-probe';
import { growthPct, percentile, round } from './stats';

export interface FirstSlideRun {
  first_slide_ms: number;
  blank_page_ms: number;
  first_slide_fcp_ms: number | null;
  blank_page_fcp_ms: number | null;
}

/** Time to the first painted frame of `path` in a fresh context (ms since navigation start). */
async function timeToFirstSlide(
  browser: Browser,
  path: string,
  main: Awaited<ReturnType<typeof startMain>>,
  rendererDir?: string,
) {
  const view = await openView(browser, { main, rendererDir });
  try {
    await view.page.goto(`${HARNESS_ORIGIN}${path}`);
    await view.page.waitForFunction(() => {
      const d = (window as unknown as { __bench: { firstSlide: { painted: number } | null } }).__bench;
      return d.firstSlide !== null && !Number.isNaN(d.firstSlide.painted);
    });
    const probe = await readProbe(view.page);
    return { painted: probe.firstSlide!.painted, fcp: probe.fcp, errors: view.errors };
  } finally {
    await view.close();
  }
}

/**
 * `runs` pairs of loads, alternating a blank page and the app so both see the same noise.
 * Measure: the time from navigation start to the second rAF after `[data-testid=slide]` is in
 * the DOM (the first frame showing it has been painted), same for both; FCP is kept alongside.
 */
export async function measureFirstSlide(
  browser: Browser,
  runs: number,
  rendererDir?: string,
): Promise<{ runs: FirstSlideRun[]; errors: string[] }> {
  const main = await startMain();
  const out: FirstSlideRun[] = [];
  const errors: string[] = [];
  try {
    // One unmeasured load of each warms the browser's disk cache and code cache equally.
    await timeToFirstSlide(browser, BLANK_PATH, main, rendererDir);
    await timeToFirstSlide(browser, '/index.html?role=audience', main, rendererDir);
    for (let i = 0; i < runs; i++) {
      const blank = await timeToFirstSlide(browser, BLANK_PATH, main, rendererDir);
      const app = await timeToFirstSlide(browser, '/index.html?role=audience', main, rendererDir);
      errors.push(...blank.errors, ...app.errors);
      out.push({
        first_slide_ms: round(app.painted, 1)!,
        blank_page_ms: round(blank.painted, 1)!,
        first_slide_fcp_ms: round(app.fcp ?? Number.NaN, 1),
        blank_page_fcp_ms: round(blank.fcp ?? Number.NaN, 1),
      });
    }
    errors.push(...mainErrors(main));
  } finally {
    main.dispose();
  }
  return { runs: out, errors };
}

export interface LoopRun {
  long_tasks_in_loop: number;
  long_tasks: Array<{ start: number; duration: number }>;
  frame_p95_ms: number | null;
  frame_max_ms: number | null;
  frames: number;
  slides: number;
  loop_ms: number;
}

/** Real time left for each transition after the new slide mounted (enter motion is 500 ms). */
const TRANSITION_WAIT_MS = 700;

/**
 * One full attract loop at accelerated timing: main's clock jumps each slide's duration at once,
 * then the page gets real time for the exit, the new slide's mount and its enter motion.
 */
export async function runAttractLoop(view: View): Promise<LoopRun> {
  const { main, page } = view;
  const slides = main.content.snapshot.deck.slides;
  const durations = slides.map((s) => s.durationSeconds * 1000);
  const start = await pageNow(page);
  await frames(page, true);
  for (let i = 0; i < slides.length; i++) {
    const next = slides[(i + 1) % slides.length].id;
    main.clock.advance(durations[i]);
    await page.locator(`section.slide[data-slide-id="${next}"]`).waitFor();
    await page.waitForTimeout(TRANSITION_WAIT_MS);
  }
  await frames(page, false);
  const end = await pageNow(page);
  const probe = await readProbe(page);
  const longTasks = probe.longTasks.filter((t) => t.start >= start && t.start <= end && t.duration > 50);
  return {
    long_tasks_in_loop: longTasks.length,
    long_tasks: longTasks.map((t) => ({ start: round(t.start - start, 0)!, duration: round(t.duration, 0)! })),
    frame_p95_ms: round(percentile(probe.frames, 95), 1),
    frame_max_ms: round(Math.max(...probe.frames), 1),
    frames: probe.frames.length,
    slides: slides.length,
    loop_ms: round(end - start, 0)!,
  };
}

export interface EnduranceRun {
  transitions: number;
  warmup_transitions: number;
  /** Settled readings along the way: a leak grows steadily, a warm-up levels off. */
  trend: Array<{ transitions: number } & MemoryReading>;
  mounted_waits: number;
  locale_switches: number;
  idle_returns: number;
  after_first_loop: MemoryReading;
  after_warmup: MemoryReading;
  after_transitions: MemoryReading;
  /** Heap without compiled code, after the warm-up → after the transitions (the gated figure). */
  heap_growth_pct: number | null;
  /** The same from right after the first loop, warm-up included (reported). */
  heap_growth_from_first_loop_pct: number | null;
  /** JSHeapUsedSize (compiled code included), after the warm-up → after the transitions (reported). */
  js_heap_used_growth_pct: number | null;
  /** DOM nodes and listeners from right after the first loop (no warm-up excuse for these). */
  dom_nodes_growth_pct: number | null;
  listeners_growth_pct: number | null;
  seconds: number;
}

interface Counters {
  transitions: number;
  mountedWaits: number;
  localeSwitches: number;
  idleReturns: number;
  step: number;
}

/**
 * Drives `count` more slide transitions as fast as React commits them (waiting for
 * `.app[data-slide-id]`), every 10th also waiting for the new slide to mount (its exit motion
 * done); visitor commands and attract ticks alternate in blocks of 25, with idle returns and a
 * locale switch every 40 steps. `onEvery` runs every `every` transitions (readings).
 */
async function drive(view: View, c: Counters, count: number, every = 0, onEvery?: () => Promise<void>): Promise<void> {
  const { main, page } = view;
  const deck = main.content.snapshot.deck;
  const settings = Settings.parse({});
  const idleMs = (settings.idleSeconds + settings.countdownSeconds) * 1000;
  const target = c.transitions + count;
  const start = c.transitions;
  let lastMark = start;
  for (; c.transitions < target; c.step++) {
    if (onEvery && every > 0 && c.transitions - lastMark >= every && c.transitions < target) {
      lastMark = c.transitions;
      await onEvery();
    }
    const was = main.controller.getState();
    const attractBlock = Math.floor(c.transitions / 25) % 2 === 1;
    if (c.step % 40 === 39) {
      const locale = deck.locales[(deck.locales.indexOf(was.locale) + 1) % deck.locales.length];
      main.controller.dispatch({ type: 'setLocale', locale });
      c.localeSwitches++;
    } else if (attractBlock && was.phase === 'attract') {
      main.clock.advance(deck.slides[was.index].durationSeconds * 1000);
    } else if (attractBlock) {
      // Back to the attract loop the way a kiosk gets there: idle timeout, then the countdown.
      main.clock.advance(idleMs);
      c.idleReturns++;
    } else {
      const r = c.step % 7;
      main.controller.dispatch(
        r === 3
          ? { type: 'prev' }
          : r === 5
            ? { type: 'goto', index: (was.index + 5) % deck.slides.length }
            : { type: 'next' },
      );
    }
    const now = main.controller.getState();
    if (now.revision === was.revision) continue;
    const moved = now.index !== was.index;
    if (moved) c.transitions++;
    await page
      .locator(
        `.app[data-slide-id="${deck.slides[now.index].id}"][data-locale="${now.locale}"][data-phase="${now.phase}"]`,
      )
      .waitFor();
    if (moved && c.transitions % 10 === 0) {
      await page.locator(`section.slide[data-slide-id="${deck.slides[now.index].id}"]`).waitFor();
      c.mountedWaits++;
    }
  }
}

/**
 * Shows every slide in every language once (interactive), each until its entry motion is done.
 * Blink keeps one style-cache entry per distinct set of matched CSS rules (MatchedPropertiesCache,
 * freed with the document), and each slide × language is a new set the first time it is drawn:
 * a kiosk fills that cache within its first half hour; after it, growth means a leak.
 */
export async function tourEveryLocale(view: View, dwellMs = 1000): Promise<void> {
  const { main, page } = view;
  const deck = main.content.snapshot.deck;
  for (const locale of deck.locales) {
    main.controller.dispatch({ type: 'setLocale', locale });
    for (const [index, slide] of deck.slides.entries()) {
      main.controller.dispatch({ type: 'goto', index });
      await page.locator(`.app[data-locale="${locale}"] section.slide[data-slide-id="${slide.id}"]`).waitFor();
      await page.waitForTimeout(dwellMs);
    }
  }
}

/**
 * Memory over `count` accelerated transitions. Readings (same settled state, after GC): right
 * after the first loop; after the warm-up (every slide in every language, then `warmup`
 * transitions of the same mix: the first loop never ran the visitor, idle and locale paths nor
 * the other languages, whose first runs fill V8's and Blink's caches once); every quarter; at the end.
 */
export async function runEndurance(view: View, count: number, warmup = Math.round(count / 4)): Promise<EnduranceRun> {
  const started = Date.now();
  const c: Counters = { transitions: 0, mountedWaits: 0, localeSwitches: 0, idleReturns: 0, step: 0 };
  const first = await settledReading(view);
  // The tour first, then the warm-up transitions: with the tour last, the style-cache entries
  // kept rising over the first 750 measured transitions (78 → 166); in this order they settle
  // before the baseline.
  await tourEveryLocale(view);
  await drive(view, c, warmup);
  const before = await settledReading(view);
  const trend: Array<{ transitions: number } & MemoryReading> = [{ transitions: 0, ...before }];
  const base = c.transitions;
  await drive(view, c, count, Math.max(1, Math.round(count / 4)), async () => {
    trend.push({ transitions: c.transitions - base, ...(await settledReading(view)) });
  });
  const after = await settledReading(view);
  trend.push({ transitions: c.transitions - base, ...after });
  return {
    trend,
    transitions: c.transitions - base,
    warmup_transitions: base,
    mounted_waits: c.mountedWaits,
    locale_switches: c.localeSwitches,
    idle_returns: c.idleReturns,
    after_first_loop: first,
    after_warmup: before,
    after_transitions: after,
    heap_growth_pct: round(growthPct(before.heapObjects, after.heapObjects), 2),
    heap_growth_from_first_loop_pct: round(growthPct(first.heapObjects, after.heapObjects), 2),
    js_heap_used_growth_pct: round(growthPct(before.heapUsed, after.heapUsed), 2),
    dom_nodes_growth_pct: round(growthPct(first.nodes, after.nodes), 2),
    listeners_growth_pct: round(growthPct(first.listeners, after.listeners), 2),
    seconds: round((Date.now() - started) / 1000, 0)!,
  };
}

/** One loop run in a fresh page (and, when asked, the endurance run on the same page after it). */
export async function loopRun(
  browser: Browser,
  endurance: number,
  warmup: number,
  rendererDir?: string,
): Promise<{ loop: LoopRun; endurance: EnduranceRun | null; errors: string[] }> {
  const view = await openView(browser, { rendererDir });
  try {
    await showAudience(view);
    const loop = await runAttractLoop(view);
    const end = endurance > 0 ? await runEndurance(view, endurance, warmup) : null;
    return { loop, endurance: end, errors: [...view.errors, ...mainErrors(view.main, view.page)] };
  } finally {
    await view.close();
  }
}
