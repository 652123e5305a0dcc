import type { Session, WebContents } from 'electron';
import type { AppEvents } from './app-events';
import { devContentSecurityPolicy } from './dev-origin';
import { exactOrigin, PRODUCTION_ORIGINS, type AppOrigins } from './trusted-origins';
import { isAllowedNavigation, isAllowedRequest, permissionDecision } from './url-policy';

type WebRequest = Session['webRequest'];

/** The part of Electron's `Session` used here (Electron's own satisfies it; tests pass a recording fake). */
export interface SessionApi {
  setPermissionRequestHandler(
    handler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((contents: unknown, permission: string) => boolean) | null): void;
  webRequest: {
    onBeforeRequest(
      listener: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null,
    ): void;
  } & Partial<Pick<WebRequest, 'onHeadersReceived'>>;
}

export interface SecurityDeps {
  app: AppEvents;
  session: SessionApi;
  log: (message: string) => void;
  /** Trusted origins of this run (`appOrigins(devRendererOrigin(…))`); production when omitted. */
  origins?: AppOrigins;
}

/** Applies to every web contents as it is created: no navigation away, no new windows, no webviews. */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  log: (m: string) => void,
  origins: AppOrigins = PRODUCTION_ORIGINS,
): void {
  const block = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, origins)) {
      event.preventDefault();
      log(`blocked navigation to ${url}`);
    }
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-frame-navigate', (event) => block(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied window.open(${url})`);
    return { action: 'deny' };
  });
}

/** Response headers with every `Content-Security-Policy` header (any case) replaced by `policy`. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => !/^content-security-policy(-report-only)?$/i.test(name),
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

/**
 * The dev server serves index.html itself, so our `app://` CSP header never reaches it: main sets
 * the dev CSP on every response from that one origin (Electron's security guide, "Define a
 * Content Security Policy": `session.webRequest.onHeadersReceived`). Only called in dev.
 */
function applyDevCsp(webRequest: SecurityDeps['session']['webRequest'], dev: string): void {
  if (!webRequest.onHeadersReceived) throw new Error('dev mode needs session.webRequest.onHeadersReceived for its CSP');
  const policy = devContentSecurityPolicy(dev);
  webRequest.onHeadersReceived((details, callback) => {
    // Only what the request filter let through gets here, so credentials never occur (exactOrigin: null).
    const fromDev = exactOrigin(details.url) === dev;
    callback(fromDev ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) } : {});
  });
}

/** Session- and app-wide security: permissions denied, every request outside the trusted origins cancelled. */
export function setupSecurity({ app, session, log, origins = PRODUCTION_ORIGINS }: SecurityDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log, origins));
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(permissionDecision(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, origins);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  if (origins.dev !== null) {
    applyDevCsp(session.webRequest, origins.dev);
    log(`dev mode: renderer from ${origins.dev} (never in a packaged build)`);
  }
}
