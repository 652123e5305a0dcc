/**
 * Pages for the bench and the soak: the built renderer (or a fault build) served under the
 * harness origin with main's real core behind it, error collection, and GC'd memory readings.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { serveAppRequest } from '../../src/main/app-protocol';
import {
  drawFirstViewFrom,
  HARNESS_ORIGIN,
  startMain,
  type MainBridge,
  type StartOptions,
} from '../../harness/main-bridge';
import { PROBE_SCRIPT } from './page-probe';
import { favourOwnProcesses } from './priority';

export const VIEWPORT = { width: 1920, height: 1080 };
export const BLANK_PATH = '/bench-blank.html';

export interface View {
  main: MainBridge;
  page: Page;
  cdp: CDPSession;
  errors: string[];
  close(): Promise<void>;
}

/**
 * Serves `rendererDir` instead of out/renderer. Registered after `main.attach`, so Playwright
 * asks it first; requests outside the origin fall back to the harness, which counts and aborts them.
 */
async function serveRendererFrom(page: Page, main: MainBridge, rendererDir: string): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HARNESS_ORIGIN}/`) || url.startsWith(`${HARNESS_ORIGIN}${BLANK_PATH}`))
      return route.fallback();
    const roots = {
      renderer: rendererDir,
      pack: main.content.packDir,
      firstView: drawFirstViewFrom(rendererDir, () => main.core.snapshot()),
    };
    const response = await serveAppRequest(url, roots, HARNESS_ORIGIN);
    return route.fulfill({ status: response.status, headers: response.headers, body: response.body });
  });
}

/** An empty page from the same origin, the baseline for the first-slide time. */
async function serveBlank(page: Page): Promise<void> {
  await page.route(`${HARNESS_ORIGIN}${BLANK_PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p data-testid="slide">blank</p></body></html>',
    }),
  );
}

/**
 * Chromium's complaint that the COOP header is ignored on an untrustworthy origin: an artefact
 * of the harness's http://app.local (the app's own app:// scheme is registered as secure).
 */
const HARNESS_ONLY =
  /^The Cross-Origin-Opener-Policy header has been ignored, because the URL's origin was untrustworthy/;

/** Every error the page itself shows: uncaught errors, console errors, a crash. */
function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !HARNESS_ONLY.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('crash', () => errors.push('page crashed'));
}

/** Errors on main's side since startup (view reports of level error, main log errors, refused IPC, outbound requests). */
export function mainErrors(main: MainBridge, page?: Page): string[] {
  return [
    ...main.reports.filter((r) => r.level === 'error').map((r) => `view report: ${r.message}`),
    ...main.logs.filter((l) => l.startsWith('error ')),
    ...main.refusals.map((r) => `ipc refused: ${r}`),
    ...(page ? (main.outbound.get(page) ?? []).map((u) => `outbound request: ${u}`) : []),
  ];
}

export interface OpenOptions extends StartOptions {
  /** A renderer build other than out/renderer (the fault builds). */
  rendererDir?: string;
  /** Reuse a running main instead of starting one. */
  main?: MainBridge;
}

/** A fresh context and page, attached to main (started unless given), instrumented, not yet navigated. */
export async function openView(browser: Browser, opts: OpenOptions = {}): Promise<View> {
  const main = opts.main ?? (await startMain(opts));
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await main.attach(page);
  if (opts.rendererDir) await serveRendererFrom(page, main, opts.rendererDir);
  await serveBlank(page);
  await page.addInitScript({ content: PROBE_SCRIPT });
  const errors: string[] = [];
  collectErrors(page, errors);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  favourOwnProcesses();
  return {
    main,
    page,
    cdp,
    errors,
    async close() {
      await context.close();
      if (!opts.main) main.dispose();
    },
  };
}

/** Loads the audience view and waits for the first slide, fonts and a settle time. */
export async function showAudience(view: View, settleMs = 1500): Promise<void> {
  await view.page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  favourOwnProcesses();
  await view.page.locator('[data-testid=slide]').first().waitFor();
  await view.page.evaluate(() => document.fonts.ready.then(() => undefined));
  await view.page.waitForTimeout(settleMs);
}

export interface MemoryReading {
  /** Performance.getMetrics JSHeapUsedSize: every V8 heap space, compiled code included. */
  heapUsed: number;
  /** Heap snapshot, self sizes of every node except V8's compiled code (bytecode, machine code, feedback). */
  heapObjects: number;
  nodes: number;
  elements: number;
  listeners: number;
  documents: number;
  /**
   * Entries of Blink's MatchedPropertiesCache (one per distinct set of matched CSS rules, each
   * holding two ComputedStyles): it fills as slide × language × state combinations are first
   * seen and is freed with the document. Counted to tell that fill-up from a leak.
   */
  styleCacheEntries: number;
}

/** Self sizes and counts of a heap snapshot's nodes, by `type:name` (names cut at 60 characters). */
export type HeapSummary = Map<string, { count: number; size: number }>;

/** Takes a heap snapshot and sums it by node type and name. */
async function heapSummary(cdp: CDPSession): Promise<HeapSummary> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out: HeapSummary = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const key = `${types[snap.nodes[i + ti]]}:${snap.strings[snap.nodes[i + ni]].slice(0, 60)}`;
    const entry = out.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snap.nodes[i + si];
    out.set(key, entry);
  }
  return out;
}

/** Total self size without V8's compiled code (nodes of type `code`). */
export function withoutCode(summary: HeapSummary): number {
  let total = 0;
  for (const [key, { size }] of summary) if (!key.startsWith('code:')) total += size;
  return total;
}

/** What grew from `a` to `b` (compiled code left out), largest first. */
export function heapGrowth(
  a: HeapSummary,
  b: HeapSummary,
  top = 30,
): Array<{ key: string; count: number; bytes: number }> {
  const rows = [...b]
    .filter(([k]) => !k.startsWith('code:'))
    .map(([key, v]) => ({ key, count: v.count - (a.get(key)?.count ?? 0), bytes: v.size - (a.get(key)?.size ?? 0) }));
  rows.sort((x, y) => y.bytes - x.bytes);
  return rows.slice(0, top);
}

/**
 * Forces full garbage collections through the DevTools protocol, then reads the page's counters
 * and a heap snapshot (the snapshot tells app data from V8's compiled code, which grows as the
 * JIT warms up and is not a leak).
 */
export async function gcReading(cdp: CDPSession, page: Page, keep?: (s: HeapSummary) => void): Promise<MemoryReading> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const summary = await heapSummary(cdp);
  keep?.(summary);
  return {
    heapUsed: get('JSHeapUsedSize'),
    heapObjects: withoutCode(summary),
    nodes: get('Nodes'),
    elements,
    listeners: get('JSEventListeners'),
    documents: get('Documents'),
    styleCacheEntries: summary.get('native:blink::CachedMatchedProperties')?.count ?? 0,
  };
}

/**
 * A reading in one fixed state, so two readings compare like with like: first slide, default
 * language, interactive phase (a `goto`), no blackout, every animation settled, then GC.
 */
export async function settledReading(
  view: View,
  settleMs = 2500,
  keep?: (s: HeapSummary) => void,
): Promise<MemoryReading> {
  const { main, page } = view;
  const deck = main.content.snapshot.deck;
  main.controller.dispatch({ type: 'setLocale', locale: deck.defaultLocale });
  main.controller.dispatch({ type: 'goto', index: 0 });
  if (main.controller.getState().blackout) main.controller.dispatch({ type: 'toggleBlackout' });
  await page.locator(`.app[data-slide-id="${deck.slides[0].id}"][data-locale="${deck.defaultLocale}"]`).waitFor();
  await page.locator(`section.slide[data-slide-id="${deck.slides[0].id}"]`).waitFor();
  await page.waitForTimeout(settleMs);
  return gcReading(view.cdp, page, keep);
}
