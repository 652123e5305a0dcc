/**
 * Where pack media are served: `/pack/` of the app's own origin. Under `npm run dev` the page
 * comes from the Vite dev server (http://localhost:…), which has no pack: media then still come
 * from `app://showcase/pack/`, which the dev CSP and main's request filter allow
 * (src/main/dev-origin.ts). `dev` is Vite's `import.meta.env.DEV`: false in every build.
 */
const PACK_PATH = '/pack/';

export function mediaBase(href: string, dev: boolean): string {
  return dev ? 'app://showcase/pack/' : new URL(PACK_PATH, href).href;
}

/**
 * The media base of this page (computed on first use: unit tests import this without a window).
 * Without a page (main drawing the first view, first-view/) the origin-relative `/pack/`.
 */
export const pageMediaBase = (): string =>
  typeof window === 'undefined' ? PACK_PATH : mediaBase(window.location.href, import.meta.env.DEV);

/** Resolves a pack path (`media/x.jpg`) against the media base; null when it cannot form a URL. */
export function resolveMedia(src: string, base: string): string | null {
  try {
    return new URL(src, base).href;
  } catch {
    return null;
  }
}
