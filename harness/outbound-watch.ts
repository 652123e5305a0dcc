/**
 * Sees every attempt a page makes to leave the app origin — including the ones the CSP blocks.
 *
 * `page.route` alone cannot prove "no request leaves": on the app page the CSP refuses an outside
 * URL inside the renderer, before the request reaches the network layer where routes run, so a
 * renderer that calls an outside URL on every load looked clean. Here three sources are watched on
 * the page itself:
 *   - CDP `Network.requestWillBeSent`: every request the renderer starts, blocked or not (DevTools
 *     lists CSP-blocked requests as "(blocked:csp)"; they are reported through this same domain);
 *   - CDP `Network.loadingFailed` with a `blockedReason` (csp, mixed-content, inspector, …);
 *   - the DOM `securitypolicyviolation` event, whose `blockedURI` names what the CSP refused.
 * `page.route` aborts (harness/main-bridge.ts `routeApp`) land in the same list.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Schemes that never leave the machine: inline data, in-page blobs, the blank page. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * True when `url` would leave `appOrigin`. Not a URL at all (a CSP `blockedURI` of `inline`,
 * `eval`, `data`, …) is not a request that leaves.
 */
export function leavesOrigin(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return parsed.origin !== appOrigin;
}

/** A started watch: `settle()` makes sure events for attempts already made have arrived. */
export interface OutboundWatch {
  /** Every outside attempt seen so far (shared with the array passed in). */
  readonly attempts: string[];
  /** Waits for one CDP round trip through the page's renderer, so earlier events are in. */
  settle(): Promise<string[]>;
}

interface RequestWillBeSent {
  requestId: string;
  request: { url: string };
}
interface LoadingFailed {
  requestId: string;
  blockedReason?: string;
  corsErrorStatus?: unknown;
}

const VIOLATION_BINDING = '__outboundViolation';

/**
 * Watches `page` (and every later navigation of it) for attempts to leave `appOrigin`, pushing each
 * into `attempts` as `<how>: <url>`. Call before the first navigation.
 */
export async function watchOutbound(page: Page, appOrigin: string, attempts: string[] = []): Promise<OutboundWatch> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
    urls.set(event.requestId, event.request.url);
    if (leavesOrigin(event.request.url, appOrigin)) attempts.push(`request: ${event.request.url}`);
  });
  cdp.on('Network.loadingFailed', (event: LoadingFailed) => {
    const url = urls.get(event.requestId);
    if (event.blockedReason && url !== undefined && leavesOrigin(url, appOrigin))
      attempts.push(`blocked (${event.blockedReason}): ${url}`);
  });
  await cdp.send('Network.enable');

  await page.exposeBinding(VIOLATION_BINDING, (_source, blockedURI: string, directive: string) => {
    if (leavesOrigin(blockedURI, appOrigin)) attempts.push(`csp ${directive}: ${blockedURI}`);
  });
  // Capture phase on the document: the event is fired at the element or the document, and bubbles.
  await page.addInitScript((binding) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void (window as unknown as Record<string, (u: string, d: string) => Promise<void>>)[binding](
          e.blockedURI,
          e.effectiveDirective,
        ),
      true,
    );
  }, VIOLATION_BINDING);

  return {
    attempts,
    async settle() {
      // The renderer answers in order: events for requests it started earlier are sent before this reply.
      if (!page.isClosed()) await cdp.send('Runtime.evaluate', { expression: '0' }).catch(() => undefined);
      return [...attempts];
    },
  };
}
