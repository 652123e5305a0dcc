import type { Protocol } from 'electron';
import { APP_SCHEME, serveAppRequest, type AppRoots } from './app-protocol';

/** Must run before `app.whenReady()`: `app://` behaves as a secure, standard origin. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Serves the renderer and pack media over `app://showcase`, with the CSP on every response. */
export function setupAppProtocol(deps: { protocol: Pick<Protocol, 'handle'>; roots: () => AppRoots }): void {
  deps.protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(request.url, deps.roots());
    return new Response(new Uint8Array(response.body), { status: response.status, headers: response.headers });
  });
}
