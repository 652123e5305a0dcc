/**
 * The real main process, minus Electron: content loading, the deck controller, the IPC
 * handlers and dispatch guard, and the app:// responder — bridged into Chromium pages.
 */
import { buildSync } from 'esbuild';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { serveAppRequest, APP_ORIGIN } from '../../src/main/app-protocol';
import { createDeckController, timingFromDeck, type DeckController } from '../../src/main/deck-controller';
import { createHandlers } from '../../src/main/handlers';
import { dispatchInvoke } from '../../src/main/ipc-dispatch';
import { loadContent, type ContentState } from '../../src/main/content-service';
import type { ViewReport } from '../../src/shared/ipc';
import { Settings, type SettingsInput } from '../../src/shared/settings';
import { createManualClock, type ManualClock } from './manual-clock';

export const HARNESS_ORIGIN = 'http://app.local';
export const REPO = resolve(import.meta.dirname, '..', '..');
export const BUNDLED_PACK = join(REPO, 'resources', 'content', 'chery-global-2020');
const RENDERER_DIR = join(REPO, 'out', 'renderer');

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
  controller: DeckController;
  clock: ManualClock;
  content: ContentState;
  reports: ViewReport[];
  refusals: string[];
  /** Requests that tried to leave the app origin, per page. */
  outbound: Map<Page, string[]>;
  attach(page: Page): Promise<void>;
  dispose(): void;
}

/** Starts main's modules for a test: `--content` dir (or the bundled pack) and settings. */
export async function startMain(opts: { contentDir?: string | null; settings?: SettingsInput } = {}): Promise<MainBridge> {
  const settings = Settings.parse(opts.settings ?? {});
  const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
  const content = await loadContent({ requestedDir: opts.contentDir ?? null, bundledDir: BUNDLED_PACK, reducedMotion: settings.reducedMotion });
  const controller = createDeckController({ clock, timing: timingFromDeck(content.snapshot.deck, settings) });
  const reports: ViewReport[] = [];
  const refusals: string[] = [];
  const handlers = createHandlers({ controller, content: () => content.snapshot, report: (r) => reports.push(r) });
  const pages = new Map<Page, number>();
  const outbound = new Map<Page, string[]>();
  const unsubscribe = controller.subscribe((state) => {
    for (const page of pages.keys())
      if (!page.isClosed()) void page.evaluate((s) => (window as unknown as { __deliver(c: string, p: unknown): void }).__deliver('deck:state', s), state).catch(() => undefined);
  });

  async function attach(page: Page): Promise<void> {
    const id = pages.size + 1;
    pages.set(page, id);
    outbound.set(page, []);
    await routeApp(page, content, outbound.get(page)!);
    await page.exposeBinding('__invoke', (source, channel: string, args: unknown[]) => {
      const frameUrl = source.frame.url().replace(HARNESS_ORIGIN, APP_ORIGIN);
      return dispatchInvoke(channel, args, { webContentsId: id, frameUrl, isMainFrame: source.frame.parentFrame() === null }, {
        handlers,
        trustedIds: () => new Set(pages.values()),
        onRefused: (reason) => refusals.push(reason),
      });
    });
    await page.addInitScript({ content: bridgeClientScript() });
  }

  return { controller, clock, content, reports, refusals, outbound, attach, dispose: () => (unsubscribe(), controller.dispose()) };
}

/** Serves the built renderer and pack media like the app:// protocol; anything else is counted and aborted. */
export async function routeApp(target: Page | BrowserContext, content: Pick<ContentState, 'packDir'>, outbound: string[]): Promise<void> {
  await target.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
      outbound.push(url);
      return route.abort('blockedbyclient');
    }
    const response = await serveAppRequest(url, { renderer: RENDERER_DIR, pack: content.packDir }, HARNESS_ORIGIN);
    return route.fulfill({ status: response.status, headers: response.headers, body: response.body });
  });
}
