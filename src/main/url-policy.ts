import { APP_HOST, APP_SCHEME } from './app-protocol';

/** Navigation inside a window is allowed only between pages of our own app origin. */
export function isAllowedNavigation(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '' && url.port === '';
  } catch {
    return false;
  }
}

/**
 * The session-level request filter: only our `app://` origin (and DevTools' own scheme when a
 * developer opens it outside kiosk mode) may load. Everything else — http(s), file, ws, data
 * — is cancelled, which is what keeps the app offline by construction.
 */
export function isAllowedRequest(rawUrl: string): boolean {
  if (isAllowedNavigation(rawUrl)) return true;
  return rawUrl.startsWith('devtools://');
}

/** Every permission (camera, geolocation, notifications, …) is denied: a kiosk needs none. */
export function permissionDecision(_permission: string): false {
  return false;
}
