import { describe, expect, it } from 'vitest';
import { devContentSecurityPolicy } from '../../../src/main/dev-origin';
import {
  hardenWebContents,
  setupSecurity,
  withContentSecurityPolicy,
  type SecurityDeps,
} from '../../../src/main/security';
import { appOrigins, PRODUCTION_ORIGINS, type AppOrigins } from '../../../src/main/trusted-origins';
import { asSecuritySession, createFakeSession, FakeWebContents } from '../../support/electron-fakes';

type NavigationListener = (event: { preventDefault(): void; defaultPrevented?: boolean }, url: string) => void;

/** Emits a navigation event on a fake webContents; true when the handler blocked it. */
function navigate(contents: FakeWebContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  let prevented = false;
  const e = { preventDefault: () => void (prevented = true) };
  for (const l of contents.listeners.get(event) ?? []) (l as NavigationListener)(e, url);
  return prevented;
}

function setup() {
  const messages: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const app = { on: (event: string, l: (...args: unknown[]) => void) => void appListeners.set(event, l) };
  const session = createFakeSession();
  setupSecurity({
    app: app as unknown as SecurityDeps['app'],
    session: asSecuritySession(session),
    log: (m) => messages.push(m),
  });
  return { messages, appListeners, session };
}

describe('hardenWebContents', () => {
  const hardened = () => {
    const contents = new FakeWebContents();
    const messages: string[] = [];
    hardenWebContents(contents as never, (m) => messages.push(m));
    return { contents, messages };
  };

  it('blocks navigation and redirects away from our origin', () => {
    const { contents, messages } = hardened();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://showcase.evil/', 'javascript:alert(1)']) {
      expect(navigate(contents, 'will-navigate', url), url).toBe(true);
      expect(navigate(contents, 'will-redirect', url), url).toBe(true);
    }
    expect(messages[0]).toContain('https://example.com/');
  });

  it('lets our own pages navigate (a reload, the other view)', () => {
    const { contents } = hardened();
    expect(navigate(contents, 'will-navigate', 'app://showcase/index.html?role=presenter')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'app://showcase/index.html')).toBe(false);
  });

  it('blocks <webview>', () => {
    const { contents, messages } = hardened();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => void (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
    expect(messages).toContain('blocked a <webview>');
  });

  it('denies every window.open, our own origin included', () => {
    const { contents } = hardened();
    for (const url of ['https://example.com/', 'app://showcase/index.html', 'about:blank'])
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });
});

describe('setupSecurity', () => {
  it('hardens every web contents as it is created', () => {
    const { appListeners } = setup();
    const created = appListeners.get('web-contents-created');
    expect(created).toBeTypeOf('function');
    const contents = new FakeWebContents();
    created?.({}, contents);
    expect(contents.registered('will-navigate')).toBe(true);
    expect(contents.registered('will-redirect')).toBe(true);
    expect(contents.registered('will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler).toBeTypeOf('function');
  });

  it('denies every permission request and check', async () => {
    const { session, messages } = setup();
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'fullscreen'])
      await expect(session.requestPermission(p), p).resolves.toBe(false);
    expect(session.permissionCheckHandler?.({}, 'media')).toBe(false);
    expect(messages).toContain('denied permission request: geolocation');
  });

  it('cancels every request outside app://showcase and lets ours through', async () => {
    const { session, messages } = setup();
    await expect(session.isCancelled('https://example.com')).resolves.toBe(true);
    await expect(session.isCancelled('http://127.0.0.1:8080/')).resolves.toBe(true);
    await expect(session.isCancelled('file:///etc/passwd')).resolves.toBe(true);
    await expect(session.isCancelled('app://showcase.evil/x.js')).resolves.toBe(true);
    await expect(session.isCancelled('app://showcase/index.html')).resolves.toBe(false);
    await expect(session.isCancelled('app://showcase/pack/media/a.png')).resolves.toBe(false);
    expect(messages).toContain('blocked request to https://example.com');
  });
});

describe('setupSecurity with a dev origin', () => {
  type HeadersListener = (
    details: { url: string; responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;

  function setupWith(origins: AppOrigins | undefined) {
    const messages: string[] = [];
    const app = { on: () => undefined };
    const session = createFakeSession();
    let headers: HeadersListener | null = null;
    Object.assign(session.webRequest, { onHeadersReceived: (l: HeadersListener) => void (headers = l) });
    setupSecurity({
      app: app as unknown as SecurityDeps['app'],
      session: asSecuritySession(session),
      log: (m) => messages.push(m),
      origins,
    });
    const respond = (url: string, responseHeaders?: Record<string, string[]>) => {
      let out: { responseHeaders?: Record<string, string[]> } | undefined;
      headers?.({ url, responseHeaders }, (r) => (out = r));
      return out;
    };
    return { session, messages, respond, installed: () => headers !== null };
  }

  it('production: the dev server is cancelled and no header rewriting is installed', async () => {
    for (const origins of [undefined, PRODUCTION_ORIGINS]) {
      const { session, installed } = setupWith(origins);
      await expect(session.isCancelled('http://localhost:5173/index.html')).resolves.toBe(true);
      await expect(session.isCancelled('ws://localhost:5173/')).resolves.toBe(true);
      expect(installed()).toBe(false);
    }
  });

  it('dev: the one origin and its socket pass; look-alikes are cancelled', async () => {
    const { session, messages } = setupWith(appOrigins('http://localhost:5173'));
    await expect(session.isCancelled('http://localhost:5173/@vite/client')).resolves.toBe(false);
    await expect(session.isCancelled('ws://localhost:5173/?token=t')).resolves.toBe(false);
    await expect(session.isCancelled('http://localhost:5174/')).resolves.toBe(true);
    await expect(session.isCancelled('http://127.0.0.1:5173/')).resolves.toBe(true);
    await expect(session.isCancelled('https://example.com/')).resolves.toBe(true);
    expect(messages).toContain('dev mode: renderer from http://localhost:5173 (never in a packaged build)');
  });

  it('dev: responses of the dev origin get the dev CSP (any CSP the server sent is replaced); others are untouched', () => {
    const { respond } = setupWith(appOrigins('http://localhost:5173'));
    const page = respond('http://localhost:5173/index.html', {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(page?.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [devContentSecurityPolicy('http://localhost:5173')],
    });
    expect(respond('app://showcase/index.html', { 'Content-Security-Policy': ['x'] })).toEqual({});
    expect(respond('http://localhost:5174/index.html')).toEqual({});
  });

  it('dev: navigation to the dev document is allowed, elsewhere on it is not', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, () => undefined, appOrigins('http://localhost:5173'));
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/index.html?role=audience')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/pack/media/a.png')).toBe(true);
    const production = new FakeWebContents();
    hardenWebContents(production as never, () => undefined);
    expect(navigate(production, 'will-navigate', 'http://localhost:5173/index.html?role=audience')).toBe(true);
  });

  it('withContentSecurityPolicy drops report-only and any-case duplicates', () => {
    expect(
      withContentSecurityPolicy(
        { 'CONTENT-SECURITY-POLICY': ['a'], 'Content-Security-Policy-Report-Only': ['b'], X: ['y'] },
        'p',
      ),
    ).toEqual({ X: ['y'], 'Content-Security-Policy': ['p'] });
  });
});
