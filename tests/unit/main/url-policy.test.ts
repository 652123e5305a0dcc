import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appOrigins, PRODUCTION_ORIGINS } from '../../../src/main/trusted-origins';
import { isAllowedNavigation, isAllowedRequest, permissionDecision } from '../../../src/main/url-policy';

const DEV = appOrigins('http://localhost:5173');

describe('isAllowedNavigation', () => {
  it("allows the app's own document", () => {
    expect(isAllowedNavigation('app://showcase/index.html?role=audience', PRODUCTION_ORIGINS)).toBe(true);
    expect(isAllowedNavigation('app://showcase/index.html#x', PRODUCTION_ORIGINS)).toBe(true);
  });
  it('refuses other paths of our own origin: a pack file is never the app', () => {
    for (const url of [
      'app://showcase/',
      'app://showcase/pack/media/evil.png',
      'app://showcase/pack/media/page.html',
      'app://showcase/assets/index.js',
      'app://showcase/index.html/',
      'app://showcase/Index.html',
    ])
      expect(isAllowedNavigation(url, PRODUCTION_ORIGINS), url).toBe(false);
  });
  it('control: the same pack URL passes a gate that trusted the whole origin (what this replaced)', () => {
    const wholeOrigin = (url: string) => new URL(url).host === 'showcase' && url.startsWith('app:');
    expect(wholeOrigin('app://showcase/pack/media/page.html')).toBe(true);
  });
  it('refuses everything else', () => {
    for (const url of [
      'https://example.com/',
      'http://showcase/index.html',
      'file:///etc/passwd',
      'app://showcase.evil/index.html',
      'app://evil/index.html',
      'app://showcase@evil/index.html',
      'app://user@showcase/index.html',
      'app://showcase:8080/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'http://localhost:5173/index.html',
      'not a url',
      '',
    ])
      expect(isAllowedNavigation(url, PRODUCTION_ORIGINS), url).toBe(false);
  });
  it('in dev, allows the dev server document and nothing else of it', () => {
    expect(isAllowedNavigation('http://localhost:5173/index.html?role=audience', DEV)).toBe(true);
    expect(isAllowedNavigation('app://showcase/index.html?role=audience', DEV)).toBe(true);
    for (const url of [
      'http://localhost:5173/pack/media/a.png',
      'http://localhost:5174/index.html',
      'http://127.0.0.1:5173/index.html',
      'https://localhost:5173/index.html',
      'http://user@localhost:5173/index.html',
      'ws://localhost:5173/index.html',
    ])
      expect(isAllowedNavigation(url, DEV), url).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('allows our origin and DevTools', () => {
    expect(isAllowedRequest('app://showcase/assets/x.js', PRODUCTION_ORIGINS)).toBe(true);
    expect(isAllowedRequest('app://showcase/pack/media/a.png', PRODUCTION_ORIGINS)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', PRODUCTION_ORIGINS)).toBe(true);
  });
  it('cancels the network and the file system', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'ws://localhost/',
      'wss://example.com/',
      'file:///etc/hosts',
      'ftp://example.com/',
      'data:image/png;base64,AAAA',
      'blob:app://showcase/123',
      'app://evil/x.js',
      'app://u:p@showcase/x.js',
      'chrome://gpu',
    ])
      expect(isAllowedRequest(url, PRODUCTION_ORIGINS), url).toBe(false);
  });
  it('in dev, allows exactly the dev origin and its hot-reload socket', () => {
    for (const url of [
      'http://localhost:5173/@vite/client',
      'http://localhost:5173/src/main.tsx',
      'ws://localhost:5173/?token=x',
    ])
      expect(isAllowedRequest(url, DEV), url).toBe(true);
    for (const url of [
      'http://localhost:5174/',
      'http://localhost/',
      'http://127.0.0.1:5173/',
      'https://localhost:5173/',
      'wss://localhost:5173/',
      'ws://localhost:5174/',
      'http://localhost.evil.com:5173/',
      'http://evil@localhost:5173/',
      'http://localhost:5173@evil.com/',
      'https://example.com/',
    ])
      expect(isAllowedRequest(url, DEV), url).toBe(false);
  });
  it('property: with the production origins, no http(s)/ws(s) URL is ever allowed', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['http', 'https', 'ws', 'wss'], withQueryParameters: true, withFragments: true }),
        (url) => {
          expect(isAllowedRequest(url, PRODUCTION_ORIGINS)).toBe(false);
          expect(isAllowedNavigation(url, PRODUCTION_ORIGINS)).toBe(false);
        },
      ),
    );
  });
});

describe('permissionDecision', () => {
  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', ''])
      expect(permissionDecision(p)).toBe(false);
  });
});
