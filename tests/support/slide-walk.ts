/**
 * One page per (orientation, locale) that walks the deck slide by slide: main's real core in
 * present mode (no attract timer), the view bridged in, and per-slide helpers.
 */
import { drawnSlide } from './settle-slide';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Slide } from '../../src/shared/content';
import type { SettingsInput } from '../../src/shared/settings.schema';
import { startMain, HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import { learnNumberSymbols, type NumberSymbols } from './locale-numbers';

export { loadSourceFigures } from './locale-numbers';

export const VIEWPORTS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;
export type Orientation = keyof typeof VIEWPORTS;

export interface Walk {
  main: MainBridge;
  context: BrowserContext;
  page: Page;
  symbols: NumberSymbols;
  slides: Slide[];
  close(): Promise<void>;
}

export interface WalkOptions {
  orientation: Orientation;
  locale: string;
  settings?: SettingsInput;
  contentDir?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Runs after main started and before the page loads (e.g. to alter the deck). */
  beforeOpen?: (main: MainBridge) => void | Promise<void>;
}

/** Starts main in present mode (visitor controls shown) on `locale` and opens the audience view at `orientation`. */
export async function openWalk(browser: Browser, opts: WalkOptions): Promise<Walk> {
  const main = await startMain({
    contentDir: opts.contentDir ?? null,
    // Visitor controls shown (present mode hides them by default) so every walk's layout checks
    // also prove no slide text lies under the language pills, arrows or dots.
    settings: { mode: 'present', locale: opts.locale, presentVisitorControls: 'shown', ...opts.settings },
  });
  await opts.beforeOpen?.(main);
  const context = await browser.newContext({
    viewport: VIEWPORTS[opts.orientation],
    reducedMotion: opts.reducedMotion,
  });
  const page = await context.newPage();
  await main.attach(page);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await page.locator('[data-testid=slide]').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const symbols = await learnNumberSymbols(page, opts.locale);
  return {
    main,
    context,
    page,
    symbols,
    slides: main.content.snapshot.deck.slides,
    close: async () => {
      await context.close();
      main.dispose();
    },
  };
}

/** Moves main's deck to slide `index` and waits for the view to show it. */
export async function gotoSlide(walk: Walk, index: number): Promise<void> {
  walk.main.controller.dispatch({ type: 'goto', index });
  await walk.page.locator(drawnSlide(walk.slides[index].id)).waitFor();
}

/** Whether a value is a localized string record of the pack ({ en: "…", ru: "…" }). */
function isLocalized(v: unknown, locale: string): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as Record<string, unknown>)[locale] === 'string'
  );
}

/**
 * Every string of a slide that a visitor must be able to read: all its localized text
 * except presenter notes and alt text (alt text names the picture to assistive tech).
 */
export function factsOf(slide: Slide, locale: string): string[] {
  const out: string[] = [];
  const visit = (v: unknown, key: string) => {
    if (key === 'notes' || key === 'alt') return;
    if (isLocalized(v, locale)) out.push(v[locale]);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(slide, '');
  return out;
}

/** Collapses whitespace so text split over lines or elements compares equal. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
