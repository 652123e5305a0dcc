/**
 * The real main process, minus Electron: content loading, the deck controller, the IPC
 * handlers and dispatch guard, and the app:// responder — bridged into Chromium pages.
 *
 * Why a top-level `harness/` and not tests/: this is the development harness, not a test helper.
 * The e2e suite drives it, and so do the snapshots, the handout and the benchmarks in scripts/;
 * here neither side reaches into the other's folder. It borrows one test fake, the manual clock.
 */
import { buildSync } from 'esbuild';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { serveAppRequest, APP_ORIGIN } from '../src/main/app-protocol';
import { firstViewFor, loadFirstViewModule, type DrawFirstView } from '../src/main/first-view';
import type { FirstViewModule } from '../src/shared/first-view';
import type { DeckSnapshot } from '../src/shared/ipc';
import type { DeckController } from '../src/main/deck-controller';
import { dispatchInvoke } from '../src/main/ipc-dispatch';
import type { ContentState } from '../src/main/content-service';
import type { Core } from '../src/main/core';
import type { CrashDecision } from '../src/main/crash-policy';
import { createMainRuntime, type MainRuntime } from '../src/main/runtime';
import type { ViewReport } from '../src/shared/ipc';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Settings, type SettingsInput } from '../src/shared/settings.schema';
import type { Problem } from '../src/shared/content';
import { createManualClock, type ManualClock } from '../tests/support/manual-clock';
import type { DrivePack } from '../src/main/removable-drives';
import { watchOutbound, type OutboundWatch } from './outbound-watch';

export const HARNESS_ORIGIN = 'http://app.local';
export const REPO = resolve(import.meta.dirname, '..');
export const BUNDLED_PACK = join(REPO, 'resources', 'content', 'chery-global-2020');
// SHOWCASE_RENDERER_DIR: a build elsewhere (`electron-vite build --outDir DIR`), so parallel work
// in one checkout can build and test without overwriting each other's out/.
const RENDERER_DIR = process.env.SHOWCASE_RENDERER_DIR ?? join(REPO, 'out', 'renderer');

const firstViewModules = new Map<string, Promise<FirstViewModule | null>>();
/**
 * The first view as the app draws it (src/main/first-view.ts), from the build beside a renderer
 * build: out/main/first-view.js for out/renderer. A failure is printed, as main logs it; the
 * first-view tests (tests/e2e/first-view.spec.ts) fail on a page without it.
 */
export function drawFirstViewFrom(rendererDir: string, snapshot: () => DeckSnapshot): DrawFirstView {
  const file = join(rendererDir, '..', 'main', 'first-view.js');
  const warn = (message: string) => console.warn(`harness: ${message}`);
  if (!firstViewModules.has(file)) firstViewModules.set(file, loadFirstViewModule(file, warn));
  return firstViewFor(snapshot, firstViewModules.get(file)!, warn);
}

let clientScript: string | null = null;
function bridgeClientScript(): string {
  clientScript ??= buildSync({
    entryPoints: [join(import.meta.dirname, 'bridge-client.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0].text;
  return clientScript;
}

export interface MainBridge {
  /** The runtime now in force (a relaunch builds a new one over the same user data). */
  readonly runtime: MainRuntime;
  readonly core: Core;
  readonly controller: DeckController;
  clock: ManualClock;
  /** The content in use (live: follows an operator's content reload). */
  readonly content: ContentState;
  /** Everything main logged, and the view reports among them. */
  logs: string[];
  reports: ViewReport[];
  refusals: string[];
  /** How often main left the process (`exit`) or asked for a relaunch. */
  exits: number;
  relaunches: number;
  userData: string;
  /**
   * Attempts to leave the app origin, per page: route aborts plus what CDP and the CSP's
   * `securitypolicyviolation` saw (harness/outbound-watch.ts), so a CSP-blocked try counts too.
   */
  outbound: Map<Page, string[]>;
  /** The attempts of `page` once events for everything it already started have arrived. */
  outboundFrom(page: Page): Promise<string[]>;
  attach(page: Page): Promise<void>;
  /**
   * What Electron's `render-process-gone` handler in windows.ts does for a crashed view: asks the
   * runtime, then reloads the view unless a relaunch is under way (then
   * {@link MainBridge.relaunch} loads it). The renderer is not killed for real: CDP `Page.crash`
   * leaves headless Chromium unable to open or reload any page (tried: every later call answers
   * "Target page, context or browser has been closed"); the Electron suite crashes it for real
   * (tests/electron/self-healing.spec.ts). Returns the decision and the page showing the view.
   */
  crash(page: Page): Promise<{ decision: CrashDecision; page: Page }>;
  /** What `app.relaunch()` + `app.exit()` amount to: a new runtime over the same user data, views reloaded. */
  relaunch(): Promise<void>;
  dispose(): void;
}

export interface StartOptions {
  contentDir?: string | null;
  settings?: SettingsInput;
  settingsProblems?: Problem[];
  /** Start time of main's clock (ms since epoch); default 2026-01-01 12:00 UTC. */
  now?: number;
  speed?: number;
  /** Reuse a user-data folder (a relaunch, a seeded file); a fresh temp folder otherwise. */
  userData?: string;
  /** Packs "on removable drives" for the operator's import (this machine's drives otherwise). */
  drivePacks?: () => DrivePack[];
  /** Removable drives "mounted now" for the operator's analytics export (this machine's otherwise). */
  exportDrives?: () => string[];
}

/**
 * What crosses the bridge between main and the page, both ways: JSON text, parsed in the page
 * (bridge-client.ts). Handed an object, Playwright rebuilds it in the page with its own
 * serializer, which cost the renderer's main thread 39 ms of CPU for the 84 KB deck snapshot
 * while the first slide was loading (trace); Electron's structured clone takes a few, and so does
 * JSON.parse. Main's IPC values are JSON-safe records (they are validated data and state).
 * Wrapped in an object so `undefined` (a void handler) crosses too.
 */
const wireText = (value: unknown): string => JSON.stringify({ value });

/** Starts main exactly as app.ts does — the same `createMainRuntime` — on a manual clock. */
export async function startMain(opts: StartOptions = {}): Promise<MainBridge> {
  const settings = Settings.parse(opts.settings ?? {});
  const clock = createManualClock(opts.now ?? Date.UTC(2026, 0, 1, 12));
  const userData = opts.userData ?? mkdtempSync(join(tmpdir(), 'showcase-user-'));
  const logs: string[] = [];
  const reports: ViewReport[] = [];
  const refusals: string[] = [];
  const counters = { exits: 0, relaunches: 0 };
  const log = {
    info: (m: string) => logs.push(`info ${m}`),
    warn: (m: string) => logs.push(`warn ${m}`),
    error: (m: string) => logs.push(`error ${m}`),
  };
  const pages = new Map<Page, number>();
  const roles = new Map<Page, 'audience' | 'presenter'>();
  const outbound = new Map<Page, string[]>();
  const watches = new Map<Page, OutboundWatch>();
  const deliver = (channel: string, payload: unknown) => {
    const text = wireText(payload);
    for (const page of pages.keys())
      if (!page.isClosed())
        void page
          .evaluate(([c, t]) => (window as unknown as { __deliver(c: string, t: string): void }).__deliver(c, t), [
            channel,
            text,
          ] as const)
          .catch(() => undefined);
  };
  const boot = () =>
    createMainRuntime({
      settings,
      settingsProblems: opts.settingsProblems ?? [],
      contentDir: opts.contentDir ?? null,
      bundledDir: BUNDLED_PACK,
      userData,
      clock,
      log,
      logPath: join(userData, 'logs', 'main.log'),
      broadcast: deliver,
      leave: (kind) => void (kind === 'exit' ? counters.exits++ : counters.relaunches++),
      speed: opts.speed,
      drivePacks: opts.drivePacks,
      exportDrives: opts.exportDrives,
      // As windows.ts answers: the open presenter page's id, the only one the operator gate unlocks.
      presenterView: () => [...pages].find(([page]) => !page.isClosed() && roleOf(page) === 'presenter')?.[1] ?? null,
    });
  let runtime = await boot();
  // View reports are what the renderer told main (slide failures, …).
  const handlers = (): Core['handlers'] => ({
    ...runtime.core.handlers,
    'view:report': (context: { senderId: number }, report: ViewReport) => {
      reports.push(report);
      return runtime.core.handlers['view:report'](context, report);
    },
  });

  async function attach(page: Page): Promise<void> {
    const id = pages.size + 1;
    pages.set(page, id);
    outbound.set(page, []);
    watches.set(page, await watchOutbound(page, HARNESS_ORIGIN, outbound.get(page)!));
    await routeApp(
      page,
      {
        get packDir() {
          return runtime.core.content().packDir;
        },
        firstView: drawFirstViewFrom(RENDERER_DIR, () => runtime.core.snapshot()),
      },
      outbound.get(page)!,
    );
    await page.exposeBinding('__invoke', async (source, channel: string, args: unknown[]) => {
      const frameUrl = source.frame.url().replace(HARNESS_ORIGIN, APP_ORIGIN);
      const result = await dispatchInvoke(
        channel,
        args,
        { webContentsId: id, frameUrl, isMainFrame: source.frame.parentFrame() === null },
        {
          handlers: handlers(),
          throttle: runtime.ipcThrottle,
          trustedIds: () => new Set(pages.values()),
          onRefused: (reason) => refusals.push(reason),
        },
      );
      return wireText(result);
    });
    await page.addInitScript({ content: bridgeClientScript() });
  }

  const viewUrl = (role: 'audience' | 'presenter') => `${HARNESS_ORIGIN}/index.html?role=${role}`;
  const roleOf = (page: Page): 'audience' | 'presenter' => {
    const known = page.url() === 'about:blank' ? roles.get(page) : undefined;
    const role = known ?? (new URL(page.url()).searchParams.get('role') === 'presenter' ? 'presenter' : 'audience');
    roles.set(page, role);
    return role;
  };

  async function crash(page: Page): Promise<{ decision: CrashDecision; page: Page }> {
    if (!pages.has(page)) throw new Error('crash(): page is not attached');
    const decision = runtime.rendererGone(roleOf(page), 'crashed');
    // A relaunch replaces the page's content wholesale: blank until relaunch() loads it again.
    if (decision === 'relaunch') await page.goto('about:blank');
    else await page.reload();
    return { decision, page };
  }

  async function relaunch(): Promise<void> {
    // The old process ends only once its shutdown has flushed (it writes the crash history last):
    // wait for it, as the OS would, before the new one reads that history.
    await runtime.shutdown('relaunch', 'relaunch');
    runtime.dispose();
    runtime = await boot();
    for (const page of pages.keys())
      if (!page.isClosed()) await (page.url() === 'about:blank' ? page.goto(viewUrl(roleOf(page))) : page.reload());
  }

  return {
    get runtime() {
      return runtime;
    },
    get core() {
      return runtime.core;
    },
    get controller() {
      return runtime.core.controller;
    },
    clock,
    get content() {
      return runtime.core.content();
    },
    logs,
    reports,
    refusals,
    get exits() {
      return counters.exits;
    },
    get relaunches() {
      return counters.relaunches;
    },
    userData,
    outbound,
    outboundFrom: async (page) => {
      const watch = watches.get(page);
      if (!watch) throw new Error('outboundFrom(): page is not attached');
      return watch.settle();
    },
    attach,
    crash,
    relaunch,
    dispose: () => runtime.dispose(),
  };
}

/** Serves the built renderer and pack media like the app:// protocol; anything else is counted and aborted. */
export async function routeApp(
  target: Page | BrowserContext,
  content: Pick<ContentState, 'packDir'> & { firstView?: DrawFirstView },
  outbound: string[],
): Promise<void> {
  await target.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
      outbound.push(`route: ${url}`);
      return route.abort('blockedbyclient');
    }
    // Read packDir per request: an operator's content reload can change it.
    // The Range header too, as Electron's protocol handler passes it: films seek and stream by parts.
    const range = (await route.request().headerValue('range')) ?? null;
    const roots = { renderer: RENDERER_DIR, pack: content.packDir, firstView: content.firstView };
    const response = await serveAppRequest(url, roots, HARNESS_ORIGIN, range);
    return route.fulfill({ status: response.status, headers: response.headers, body: response.body });
  });
}
