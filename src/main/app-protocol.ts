/**
 * The `app://showcase/…` protocol as pure decisions plus one streamed file read: which file a
 * URL means, its MIME type and the security headers. Electron's `protocol.handle` (through
 * `openAppResponse`) and the Chromium test harness (through `serveAppRequest`, the same function
 * buffered) serve alike, so the CSP tested in a real browser is the one the app ships.
 * Pack media go through the one media policy (src/shared/media-policy.ts, media-file.ts).
 */
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { mediaTypeOf } from '../shared/media-policy';
import { MEDIA_POLICY, openPackMedia, type MediaPolicy } from './content/media-file';
import { parseRange } from './byte-range';
import { APP_ORIGIN, exactOrigin } from './trusted-origins';
import { composeFirstView, type DrawFirstView } from './first-view';

// The app's origin and document are defined with the origin rule (trusted-origins.ts).
export { APP_DOCUMENT_PATH, APP_HOST, APP_ORIGIN, APP_SCHEME } from './trusted-origins';
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

/**
 * CSP on everything under `/pack/`: were a pack file ever rendered as a document, it would run
 * in an opaque sandboxed origin that may load nothing, so it could never pass as the app.
 */
export const PACK_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

/** Types of the app's own files (out/renderer). Pack media types come from the media policy alone. */
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
  /** Draws the first view into index.html (first-view.ts); absent or null: the page as built. */
  firstView?: DrawFirstView;
}

export type AppRoute =
  | { ok: true; kind: 'app'; filePath: string; root: string; mimeType: string }
  | { ok: true; kind: 'pack'; src: string; root: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string; kind: 'app' | 'pack' };

/**
 * Maps a request URL to a file under one of the roots, refusing anything that could escape
 * them. `origin` lets the test harness serve the same tree under `http://app.local`. Under
 * `/pack/` only what the media policy accepts is routed (images, video and WebVTT captions in
 * media/, never html/js/svg).
 */
export function routeAppRequest(
  rawUrl: string,
  roots: AppRoots,
  origin = APP_ORIGIN,
  policy: MediaPolicy = MEDIA_POLICY,
): AppRoute {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL', kind: 'app' };
  }
  const kind = url.pathname.startsWith(PACK_PREFIX) ? 'pack' : 'app';
  if (exactOrigin(url) !== origin) return { ok: false, status: 403, reason: 'foreign origin', kind };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'bad escape', kind };
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..'))
    return { ok: false, status: 403, reason: 'path escapes the app', kind };

  if (kind === 'pack') {
    if (!roots.pack) return { ok: false, status: 404, reason: 'no content pack', kind };
    const src = pathname.slice(PACK_PREFIX.length);
    // Any type the media policy knows (images, video, WebVTT captions); each is sniffed when opened.
    if (policy.refusePath(src, 'any'))
      return { ok: false, status: 403, reason: 'only pack images in media/ are served', kind };
    return { ok: true, kind, src, root: resolve(roots.pack), mimeType: mediaTypeOf(src) ?? 'application/octet-stream' };
  }
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const filePath = resolve(roots.renderer, relative);
  if (!filePath.startsWith(resolve(roots.renderer) + sep))
    return { ok: false, status: 403, reason: 'path escapes the app', kind };
  const mimeType = MIME[extname(filePath).toLowerCase()];
  if (!mimeType) return { ok: false, status: 403, reason: 'file type not served', kind };
  return { ok: true, kind, filePath, root: resolve(roots.renderer), mimeType };
}

/** Headers every app response carries, errors included. */
export function securityHeaders(mimeType = 'text/plain; charset=utf-8'): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Headers of every `/pack/` response, errors included: sandboxed, inline, never sniffed. */
export function packHeaders(mimeType = 'text/plain; charset=utf-8'): Record<string, string> {
  return {
    ...securityHeaders(mimeType),
    'Content-Security-Policy': PACK_CONTENT_SECURITY_POLICY,
    'Content-Disposition': 'inline',
  };
}

/** A response whose body is a stream of the file (or a short text for errors). */
export interface StreamedAppResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable | Buffer;
}

/** The file behind a route, open, with its size and type; or the refusal. */
type Opened =
  { ok: true; handle: FileHandle; size: number; mimeType: string } | { ok: false; status: number; reason: string };

/** Opens one of the app's own files, refusing symlinks out of the renderer root. */
async function openAppFile(filePath: string, root: string, mimeType: string): Promise<Opened> {
  let real: string;
  try {
    real = await realpath(filePath);
    if (!real.startsWith((await realpath(root)) + sep))
      return { ok: false, status: 403, reason: 'path escapes the app' };
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  let handle: FileHandle;
  try {
    handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  const info = await handle.stat().catch(() => null);
  if (!info?.isFile()) {
    await handle.close();
    return { ok: false, status: 404, reason: 'not found' };
  }
  return { ok: true, handle, size: info.size, mimeType };
}

/**
 * Serves one `app://` request as a stream: the route, then the open file (the media policy's
 * checks for `/pack/`), then the whole file (200) or the one byte range asked for (206; 416 when
 * it cannot be satisfied). Never reads more than the checked size. Never throws.
 */
export async function openAppResponse(
  rawUrl: string,
  roots: AppRoots,
  origin = APP_ORIGIN,
  rangeHeader: string | null = null,
  policy: MediaPolicy = MEDIA_POLICY,
): Promise<StreamedAppResponse> {
  const route = routeAppRequest(rawUrl, roots, origin, policy);
  const headersFor = route.kind === 'pack' ? packHeaders : securityHeaders;
  const refuse = (status: number, reason: string): StreamedAppResponse => ({
    status,
    headers: headersFor(),
    body: Buffer.from(reason),
  });
  if (!route.ok) return refuse(route.status, route.reason);

  let opened: Opened;
  if (route.kind === 'pack') {
    const media = await openPackMedia(route.root, route.src, policy, 'any');
    // The exhibitor's message stays in the log of content:check; the page only learns the status.
    opened = media.ok
      ? media
      : { ok: false, status: media.status, reason: media.status === 404 ? 'not found' : 'refused' };
  } else {
    opened = await openAppFile(route.filePath, route.root, route.mimeType).catch(
      () => ({ ok: false, status: 404, reason: 'not found' }) as const,
    );
  }
  if (!opened.ok) return refuse(opened.status, opened.reason);

  const { handle, size } = opened;
  if (route.kind === 'app' && route.filePath === resolve(route.root, 'index.html') && roots.firstView) {
    const page = await withFirstView(handle, rawUrl, roots.firstView).catch(() => null);
    if (page)
      return {
        status: 200,
        headers: { ...headersFor(opened.mimeType), 'Content-Length': String(page.length) },
        body: page,
      };
  }
  const range = parseRange(rangeHeader, size);
  if (range === 'unsatisfiable') {
    await handle.close();
    return {
      status: 416,
      headers: { ...headersFor(), 'Content-Range': `bytes */${size}` },
      body: Buffer.from('range not satisfiable'),
    };
  }
  const headers = { ...headersFor(opened.mimeType), 'Accept-Ranges': 'bytes' };
  if (size === 0) {
    await handle.close();
    return { status: 200, headers: { ...headers, 'Content-Length': '0' }, body: Buffer.alloc(0) };
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  // autoClose: the stream closes the handle when it ends or is destroyed.
  const body = handle.createReadStream({ start, end, autoClose: true });
  const length = { 'Content-Length': String(end - start + 1) };
  if (!range) return { status: 200, headers: { ...headers, ...length }, body };
  return { status: 206, headers: { ...headers, ...length, 'Content-Range': `bytes ${start}-${end}/${size}` }, body };
}

/**
 * index.html with the first view drawn in (first-view.ts), read whole (a few KB) and closed; null
 * when there is no view to draw, and the file is then served as built from the same handle.
 */
async function withFirstView(handle: FileHandle, rawUrl: string, draw: DrawFirstView): Promise<Buffer | null> {
  const view = await draw(new URL(rawUrl).searchParams);
  if (!view) return null;
  // If the page is then served as built after all, its stream names its own start: the position
  // this read leaves does not matter.
  const page = composeFirstView(await handle.readFile('utf8'), view);
  if (page === null) return null;
  await handle.close();
  return Buffer.from(page, 'utf8');
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * `openAppResponse` with the body read into memory, for the Chromium harness (Playwright's
 * `route.fulfill` takes a Buffer). Same route, same checks, same headers.
 */
export async function serveAppRequest(
  rawUrl: string,
  roots: AppRoots,
  origin = APP_ORIGIN,
  rangeHeader: string | null = null,
  policy: MediaPolicy = MEDIA_POLICY,
): Promise<AppResponse> {
  const response = await openAppResponse(rawUrl, roots, origin, rangeHeader, policy);
  if (Buffer.isBuffer(response.body)) return { ...response, body: response.body };
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response.body) chunks.push(chunk as Buffer);
  } catch {
    return { status: 500, headers: securityHeaders(), body: Buffer.from('read failed') };
  }
  return { ...response, body: Buffer.concat(chunks) };
}
