/**
 * `npm run dev`: electron-vite starts a Vite dev server and hands its URL to Electron in
 * `ELECTRON_RENDERER_URL` (electron-vite's documented contract). Only then, and only in an
 * unpackaged run, do windows load that server, and that one origin is trusted. A packaged build
 * never reads the variable, so a user who sets it cannot point the kiosk at a web page.
 */
import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from './app-protocol';
import { APP_ORIGIN, devSocketOrigin, exactOrigin } from './trusted-origins';

/** Hosts a dev server may run on: this machine only. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's origin (`http://localhost:5173`), or null: when packaged, when the variable is
 * unset, or when it is anything but a plain http(s) loopback origin — no credentials, no path
 * beyond `/`, no query or hash. The result is the normalized origin (default port dropped).
 */
export function devRendererOrigin({
  isPackaged,
  env,
}: {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}): string | null {
  if (isPackaged) return null;
  const raw = env.ELECTRON_RENDERER_URL;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const origin = exactOrigin(url);
  if (origin === null) return null;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') return null;
  return origin;
}

/**
 * The inline module script @vitejs/plugin-react injects into index.html in dev (its exported
 * `preambleCode` with base "/"). Allowed by hash, not by 'unsafe-inline'; a unit test recomputes
 * it from the installed plugin so an upgrade that changes it fails loudly.
 */
export const REACT_REFRESH_PREAMBLE = `import { injectIntoGlobalHook } from "/@react-refresh";
injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;`;

/** `'sha256-…'` source expression of an inline script. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The CSP main puts on dev-server responses (see security.ts). The production policy with
 * exactly three openings, all needed by Vite: the React refresh preamble (by hash), `<style>`
 * elements Vite's client injects for CSS hot reload ('unsafe-inline' for styles only), and the
 * hot-reload WebSocket of this one origin. Pack media keep coming from `app://showcase`.
 */
export function devContentSecurityPolicy(dev: string): string {
  const extra: Record<string, string> = {
    'script-src': `'self' ${scriptHash(REACT_REFRESH_PREAMBLE)}`,
    'style-src': `'self' 'unsafe-inline'`,
    'img-src': `'self' ${APP_ORIGIN}`,
    'media-src': `'self' ${APP_ORIGIN}`,
    'connect-src': `'self' ${devSocketOrigin(dev)}`,
  };
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0];
      return extra[name] ? `${name} ${extra[name]}` : directive;
    })
    .join('; ');
}
