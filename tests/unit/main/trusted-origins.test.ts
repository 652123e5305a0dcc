import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, exactOrigin, isTrustedOriginUrl, PRODUCTION_ORIGINS } from '../../../src/main/trusted-origins';

describe('the origin rule (src/main/trusted-origins.ts exactOrigin)', () => {
  it('is scheme://host[:port] as the URL parser normalizes it', () => {
    expect(exactOrigin('app://showcase/index.html?x#y')).toBe(APP_ORIGIN);
    expect(exactOrigin('HTTP://LocalHost:80/x')).toBe('http://localhost');
    expect(exactOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(exactOrigin(new URL('http://[::1]:5173/a'))).toBe('http://[::1]:5173');
  });

  it('is null for a URL with credentials or one that does not parse', () => {
    for (const url of [
      'app://showcase@evil/index.html',
      'app://u:p@showcase/index.html',
      'http://x@localhost:5173/',
      'not a url',
      '',
    ])
      expect(exactOrigin(url), url).toBeNull();
    // Control: URL.origin, the obvious alternative, drops the credentials and would say "ours".
    expect(new URL('http://x@localhost:5173/').origin).toBe('http://localhost:5173');
  });

  it('look-alikes are other origins, compared whole', () => {
    for (const url of ['app://showcase.evil/index.html', 'app://showcasex/', 'file:///index.html', 'http://showcase/'])
      expect(isTrustedOriginUrl(url, PRODUCTION_ORIGINS), url).toBe(false);
    expect(isTrustedOriginUrl('app://showcase/pack/media/a.png', PRODUCTION_ORIGINS)).toBe(true);
  });
});
