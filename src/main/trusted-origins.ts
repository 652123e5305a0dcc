/**
 * Which origins the app trusts, built once at start and passed to every policy (request filter,
 * navigation, IPC sender guard, CSP): the app's own `app://showcase`, plus — only in an
 * unpackaged run with `ELECTRON_RENDERER_URL` — the one dev-server origin (see dev-origin.ts).
 * Comparisons are exact: scheme, host and port, no credentials.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'showcase';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The app's one document: the only page trusted as an IPC sender or as a navigation target. */
export const APP_DOCUMENT_PATH = '/index.html';

export interface AppOrigins {
  /** Always `app://showcase`. */
  readonly app: string;
  /** The dev server's origin (e.g. `http://localhost:5173`) in `npm run dev`, else null. */
  readonly dev: string | null;
}

/** What a packaged build (and any run without a dev server) trusts: the app origin alone. */
export const PRODUCTION_ORIGINS: AppOrigins = Object.freeze({ app: APP_ORIGIN, dev: null });

/** The trusted origins for this run; `dev` comes from `devRendererOrigin`, null when packaged. */
export function appOrigins(dev: string | null): AppOrigins {
  return Object.freeze({ app: APP_ORIGIN, dev });
}

function parse(rawUrl: string): URL | null {
  try {
    return new URL(rawUrl);
  } catch {
    return null;
  }
}

/**
 * THE origin rule every check compares with: `scheme://host[:port]` exactly as the URL parser
 * normalizes it (default port dropped, host lowercased), or null when the URL does not parse or
 * carries credentials (`app://showcase@evil`, `http://u:p@localhost`) — such a URL is never at a
 * trusted origin, whatever its host. Callers compare the result with `===`, never by prefix.
 */
export function exactOrigin(url: string | URL): string | null {
  const parsed = typeof url === 'string' ? parse(url) : url;
  if (!parsed) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** The WebSocket origin the dev server's hot reload uses: same host and port, `ws:`/`wss:`. */
export function devSocketOrigin(dev: string): string {
  return dev.replace(/^http/, 'ws');
}

/**
 * True only for the app's own document (`/index.html`, any query or hash) at a trusted origin:
 * the one page that may send IPC or be navigated to. Other files of the origin — pack media
 * above all — never count as the app.
 */
export function isAppDocument(rawUrl: string, origins: AppOrigins): boolean {
  const url = parse(rawUrl);
  if (!url) return false;
  const origin = exactOrigin(url);
  if (origin === null) return false;
  const trusted = origin === origins.app || (origins.dev !== null && origin === origins.dev);
  return trusted && url.pathname === APP_DOCUMENT_PATH;
}

/** True when `rawUrl` is anywhere on a trusted origin (or the dev server's hot-reload socket). */
export function isTrustedOriginUrl(rawUrl: string, origins: AppOrigins): boolean {
  const origin = exactOrigin(rawUrl);
  if (origin === null) return false;
  if (origin === origins.app) return true;
  return origins.dev !== null && (origin === origins.dev || origin === devSocketOrigin(origins.dev));
}
