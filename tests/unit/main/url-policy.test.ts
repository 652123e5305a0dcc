import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedRequest, permissionDecision } from '../../../src/main/url-policy';

describe('isAllowedNavigation', () => {
  it('allows our own pages', () => {
    expect(isAllowedNavigation('app://showcase/index.html?role=audience')).toBe(true);
    expect(isAllowedNavigation('app://showcase/')).toBe(true);
  });
  it('refuses everything else', () => {
    for (const url of [
      'https://example.com/',
      'http://showcase/index.html',
      'file:///etc/passwd',
      'app://showcase.evil/',
      'app://evil/',
      'app://showcase@evil/',
      'app://user@showcase/',
      'app://showcase:8080/',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ])
      expect(isAllowedNavigation(url), url).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('allows our origin and DevTools', () => {
    expect(isAllowedRequest('app://showcase/assets/x.js')).toBe(true);
    expect(isAllowedRequest('app://showcase/pack/media/a.png')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
  });
  it('cancels the network and the file system', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'ws://localhost/',
      'wss://example.com/',
      'file:///etc/hosts',
      'ftp://example.com/',
      'data:image/png;base64,AAAA',
      'blob:app://showcase/123',
      'app://evil/x.js',
      'chrome://gpu',
    ])
      expect(isAllowedRequest(url), url).toBe(false);
  });
});

describe('permissionDecision', () => {
  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', ''])
      expect(permissionDecision(p)).toBe(false);
  });
});
