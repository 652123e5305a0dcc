import { Readable } from 'node:stream';
import type { CustomScheme } from 'electron';
import { APP_SCHEME, openAppResponse, type AppRoots } from './app-protocol';

/** What the handler reads of a request (Electron passes a web `Request`; tests a `{ url }`). */
export interface AppRequest {
  url: string;
  headers?: Pick<Headers, 'get'>;
}

/** The part of Electron's `protocol` used here (a recording fake in tests). */
export interface ProtocolApi {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: AppRequest) => Promise<Response>): void;
}

/** Must run before `app.whenReady()`: `app://` behaves as a secure, standard origin. */
export function registerAppScheme(protocol: Pick<ProtocolApi, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // codeCache: V8 keeps compiled code of app:// scripts between launches (issue 19: every
      // kiosk relaunch and crash recovery parses the bundle again otherwise). Electron's
      // Session.setCodeCachePath docs: "by default code cache is only enabled for http(s) URLs, to
      // enable code cache for custom protocols, `codeCache: true` and `standard: true` must be
      // specified when registering the protocol" (electron.d.ts, CustomScheme privileges).
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the renderer and pack media over `app://showcase`, with the CSP on every response.
 * Bodies are streamed (`protocol.handle` accepts a web `Response` whose body is a
 * ReadableStream; the `stream: true` privilege above is what lets media seek with Range), so a
 * large file is never read whole into memory.
 */
export function setupAppProtocol(deps: { protocol: Pick<ProtocolApi, 'handle'>; roots: () => AppRoots }): void {
  deps.protocol.handle(APP_SCHEME, async (request) => {
    // `headers` is optional only because test fakes pass `{ url }`; Electron always gives a Request.
    const range = request.headers?.get('range') ?? null;
    const response = await openAppResponse(request.url, deps.roots(), undefined, range);
    const body = Buffer.isBuffer(response.body)
      ? new Uint8Array(response.body)
      : (Readable.toWeb(response.body) as unknown as ReadableStream<Uint8Array>);
    return new Response(body, { status: response.status, headers: response.headers });
  });
}
