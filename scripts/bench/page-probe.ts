/**
 * Instruments a page before any of its scripts run (Playwright `addInitScript`): long tasks,
 * the first paint of the first slide, and rAF frame intervals on demand. The function is
 * serialized into the page, so it must not reference anything outside itself.
 */
import type { Page } from '@playwright/test';

export interface ProbeData {
  longTasks: Array<{ start: number; duration: number }>;
  frames: number[];
  /** ms since navigation start: the first slide in the DOM (the app's or the first view's), and the frame after it painted. */
  firstSlide: { appeared: number; painted: number } | null;
  /** First contentful paint (ms since navigation start), when the browser reported one. */
  fcp: number | null;
}

interface ProbeWindow {
  __bench: ProbeData & { recording: boolean; startFrames(): void; stopFrames(): void };
}

/** The init script itself (runs in the page). */
export function installProbe(): void {
  const w = window as unknown as ProbeWindow;
  const data: ProbeWindow['__bench'] = {
    longTasks: [],
    frames: [],
    firstSlide: null,
    fcp: null,
    recording: false,
    startFrames() {
      if (data.recording) return;
      data.recording = true;
      data.frames = [];
      data.longTasks = [];
      let last = 0;
      const loop = (t: number) => {
        if (!data.recording) return;
        if (last) data.frames.push(t - last);
        last = t;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      data.recording = false;
    },
  };
  w.__bench = data;
  try {
    new PerformanceObserver((list) => {
      // Kept only while a measurement runs, so the probe itself does not grow the heap it measures.
      for (const e of list.getEntries())
        if (data.recording) data.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') data.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // An engine without these entry types leaves the lists empty; the bench reports that as missing.
  }
  // The first slide: the element is in the DOM, then two frames later its first frame has been
  // painted (the first rAF runs before that frame's paint, the second after it). The slide is
  // the app's, or the first view's that main drew into index.html (src/main/first-view.ts): the
  // same screen, on screen before the app has run.
  const seen = () => {
    if (data.firstSlide || !document.querySelector('[data-testid=slide], [data-first-view] .slide')) return false;
    const appeared = performance.now();
    data.firstSlide = { appeared, painted: Number.NaN };
    requestAnimationFrame(() => requestAnimationFrame(() => (data.firstSlide!.painted = performance.now())));
    return true;
  };
  const observer = new MutationObserver(() => {
    if (seen()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The probe as an init script. tsx/esbuild add `__name(fn, "name")` calls to named functions,
 * which do not exist in the page; a local no-op stands in for it.
 */
export const PROBE_SCRIPT = `(() => { const __name = (f) => f; (${installProbe.toString()})(); })();`;

/** Reads what the probe collected. */
export function readProbe(page: Page): Promise<ProbeData> {
  return page.evaluate(() => {
    const d = (window as unknown as ProbeWindow).__bench;
    return { longTasks: d.longTasks, frames: d.frames, firstSlide: d.firstSlide, fcp: d.fcp };
  });
}

/** Starts or stops collecting frame intervals. */
export function frames(page: Page, on: boolean): Promise<void> {
  return page.evaluate((start) => {
    const d = (window as unknown as ProbeWindow).__bench;
    if (start) d.startFrames();
    else d.stopFrames();
  }, on);
}

/** The page's clock (ms since navigation start). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
