/**
 * The first view (issue 19): main draws the audience's first screen into index.html, so a kiosk
 * shows its slide with the page's first frame after every launch, crash recovery or reload, not
 * after the scripts have been fetched, compiled and run. The markup comes from the renderer's
 * own components (src/renderer/src/first-view/, built as out/main/first-view.js); this module
 * decides when to draw it and puts it into the page. The app's first render replaces it.
 */
import { pathToFileURL } from 'node:url';
import type { DeckSnapshot } from '../shared/ipc';
import type { FirstView, FirstViewModule } from '../shared/first-view';

export type { FirstView } from '../shared/first-view';

/** Draws the first view for a request's query, or null for none (see {@link firstViewFor}). */
export type DrawFirstView = (search: URLSearchParams) => Promise<FirstView | null>;

/**
 * Whether a request for index.html gets a first view: the audience window only (the presenter's
 * dashboard and the printable handout are other screens).
 */
export function wantsFirstView(search: URLSearchParams): boolean {
  return search.get('role') === 'audience' && !search.has('handout');
}

/**
 * The drawer main serves index.html with: the snapshot of now, through the renderer's module
 * (awaited: main starts loading it before it makes the window, so it is in by the time the page
 * is asked for). Anything that goes wrong (a module that did not load, a throw) means no first
 * view: the page then loads as it always did, and `onError` hears why.
 */
export function firstViewFor(
  snapshot: () => DeckSnapshot,
  module: Promise<FirstViewModule | null>,
  onError: (message: string) => void = () => undefined,
): DrawFirstView {
  return async (search) => {
    if (!wantsFirstView(search)) return null;
    const drawer = await module;
    if (!drawer) return null;
    try {
      return drawer.renderFirstView(snapshot());
    } catch (error) {
      onError(`first view not drawn: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html with the first view in its root, and the deck language on `<html>` (lang and dir:
 * fonts, quotes and right-to-left layout are right from the first frame). The view is `inert`
 * and hidden from assistive technology: it is a picture of the screen until the app replaces it.
 * Returns null when the page has no empty root to fill (then it is served as it is).
 */
export function composeFirstView(indexHtml: string, view: FirstView): string | null {
  const root = '<div id="root"></div>';
  if (!indexHtml.includes(root) || !/<html\b[^>]*>/.test(indexHtml)) return null;
  return indexHtml
    .replace(/<html\b[^>]*>/, `<html lang="${escapeAttribute(view.lang)}" dir="${view.dir}">`)
    .replace(
      root,
      `<div id="root"><div class="first-view" data-first-view inert aria-hidden="true">${view.html}</div></div>`,
    );
}

/**
 * Loads out/main/first-view.js (built beside main's index.js). Resolves to null when it cannot
 * be loaded: the app then runs without a first view.
 */
export async function loadFirstViewModule(
  file: string,
  onError: (message: string) => void = () => undefined,
): Promise<FirstViewModule | null> {
  try {
    const loaded = (await import(pathToFileURL(file).href)) as Partial<FirstViewModule>;
    if (typeof loaded.renderFirstView !== 'function') throw new Error('renderFirstView is missing');
    return loaded as FirstViewModule;
  } catch (error) {
    onError(`first view unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
