import { isAppDocument, isTrustedOriginUrl, type AppOrigins } from './trusted-origins';

/**
 * Navigation inside a window is allowed only to the app's own document (`/index.html`) at a
 * trusted origin: never to another file of the origin (a pack image, a script), never elsewhere.
 */
export function isAllowedNavigation(rawUrl: string, origins: AppOrigins): boolean {
  return isAppDocument(rawUrl, origins);
}

/**
 * The session-level request filter: only our `app://` origin, in `npm run dev` the one dev
 * server origin and its hot-reload WebSocket, and DevTools' own scheme when a developer opens it
 * outside kiosk mode, may load. Everything else — http(s), file, ws, data — is cancelled, which
 * is what keeps the app offline by construction.
 */
export function isAllowedRequest(rawUrl: string, origins: AppOrigins): boolean {
  if (isTrustedOriginUrl(rawUrl, origins)) return true;
  return rawUrl.startsWith('devtools://');
}

/** Every permission (camera, geolocation, notifications, …) is denied: a kiosk needs none. */
export function permissionDecision(_permission: string): false {
  return false;
}
