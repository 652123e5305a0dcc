/**
 * The `app://showcase/…` protocol as pure decisions plus one file read: which file a URL
 * means, its MIME type and the security headers. Electron's `protocol.handle` and the
 * Chromium test harness both serve through `serveAppRequest`, so the CSP tested in a real
 * browser is the one the app ships.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'showcase';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where pack media is mounted: `app://showcase/pack/media/photo.jpg`. */
export const PACK_PREFIX = '/pack/';

/** Strict CSP: nothing inline, nothing from outside. `style-src` allows CSSOM styles (motion) but no inline tags. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export interface AppRoots {
  /** The built renderer (out/renderer). */
  renderer: string;
  /** The content pack in use (its media/ is served under /pack/). */
  pack: string | null;
}

export type AppRoute =
  | { ok: true; filePath: string; root: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps a request URL to a file under one of the roots, refusing anything that could escape
 * them. `origin` lets the test harness serve the same tree under `http://app.local`.
 */
export function routeAppRequest(rawUrl: string, roots: AppRoots, origin = APP_ORIGIN): AppRoute {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (`${url.protocol}//${url.host}` !== origin || url.username || url.password)
    return { ok: false, status: 403, reason: 'foreign origin' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'bad escape' };
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..'))
    return { ok: false, status: 403, reason: 'path escapes the app' };

  const inPack = pathname.startsWith(PACK_PREFIX);
  const root = inPack ? roots.pack : roots.renderer;
  if (!root) return { ok: false, status: 404, reason: 'no content pack' };
  const relative = inPack ? pathname.slice(PACK_PREFIX.length) : pathname === '/' ? 'index.html' : pathname.slice(1);
  if (inPack && !relative.startsWith('media/')) return { ok: false, status: 403, reason: 'only pack media is served' };
  const filePath = resolve(root, relative);
  if (!filePath.startsWith(resolve(root) + sep)) return { ok: false, status: 403, reason: 'path escapes the app' };
  const mimeType = MIME[extname(filePath).toLowerCase()];
  if (!mimeType) return { ok: false, status: 403, reason: 'file type not served' };
  return { ok: true, filePath, root: resolve(root), mimeType };
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Headers every response carries, errors included. */
export function securityHeaders(mimeType = 'text/plain; charset=utf-8'): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Serves one `app://` request: the route above, then a read that also refuses symlinks out of the root. */
export async function serveAppRequest(rawUrl: string, roots: AppRoots, origin = APP_ORIGIN): Promise<AppResponse> {
  const route = routeAppRequest(rawUrl, roots, origin);
  if (!route.ok) return { status: route.status, headers: securityHeaders(), body: Buffer.from(route.reason) };
  try {
    const real = await realpath(route.filePath);
    const realRoot = await realpath(route.root);
    if (!real.startsWith(realRoot + sep))
      return { status: 403, headers: securityHeaders(), body: Buffer.from('path escapes the app') };
    if (!(await stat(real)).isFile())
      return { status: 404, headers: securityHeaders(), body: Buffer.from('not found') };
    return { status: 200, headers: securityHeaders(route.mimeType), body: await readFile(real) };
  } catch {
    return { status: 404, headers: securityHeaders(), body: Buffer.from('not found') };
  }
}
