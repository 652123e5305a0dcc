import react from '@vitejs/plugin-react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/app-protocol';
import {
  devContentSecurityPolicy,
  devRendererOrigin,
  REACT_REFRESH_PREAMBLE,
  scriptHash,
} from '../../../src/main/dev-origin';
import { appOrigins, isAppDocument, isTrustedOriginUrl, PRODUCTION_ORIGINS } from '../../../src/main/trusted-origins';
import { viewUrl } from '../../../src/main/window-options';

const dev = (value: string | undefined, isPackaged = false) =>
  devRendererOrigin({ isPackaged, env: { ELECTRON_RENDERER_URL: value } });

describe('devRendererOrigin', () => {
  it('is the normalized dev server origin in an unpackaged run', () => {
    expect(dev('http://localhost:5173')).toBe('http://localhost:5173');
    expect(dev('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(dev('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(dev('https://localhost:5173/')).toBe('https://localhost:5173');
    expect(dev('http://[::1]:5173/')).toBe('http://[::1]:5173');
    expect(dev('http://LOCALHOST:80/')).toBe('http://localhost');
  });

  it('is null when unset or empty', () => {
    expect(devRendererOrigin({ isPackaged: false, env: {} })).toBeNull();
    expect(dev('')).toBeNull();
  });

  it('is null for anything but a plain loopback http(s) origin', () => {
    for (const value of [
      'http://example.com:5173',
      'http://localhost.evil.com:5173',
      'http://localhost:5173@evil.com',
      'http://evil.com#@localhost:5173',
      'http://user:pw@localhost:5173',
      'http://user@localhost:5173',
      'http://localhost:5173/index.html',
      'http://localhost:5173/?x=1',
      'http://localhost:5173/#x',
      'ws://localhost:5173',
      'file:///tmp/index.html',
      'app://showcase',
      'javascript:alert(1)',
      'http://127.0.0.2:5173',
      'http://0.0.0.0:5173',
      'localhost:5173',
      'not a url',
    ])
      expect(dev(value), value).toBeNull();
  });

  it('is null in every packaged build, whatever the environment says (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant('http://localhost:5173'), fc.constant('http://127.0.0.1:1'), fc.webUrl(), fc.string()),
        fc.dictionary(fc.string(), fc.string()),
        (value, rest) => {
          expect(devRendererOrigin({ isPackaged: true, env: { ...rest, ELECTRON_RENDERER_URL: value } })).toBeNull();
        },
      ),
    );
  });

  it('control: the same variable unpackaged does give a dev origin (so the packaged check can fail)', () => {
    expect(
      devRendererOrigin({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }),
    ).not.toBeNull();
  });

  it('whatever it returns is trusted only as itself: a packaged build trusts no http origin (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const origins = appOrigins(devRendererOrigin({ isPackaged: true, env: { ELECTRON_RENDERER_URL: url } }));
        expect(isTrustedOriginUrl(url, origins)).toBe(false);
        expect(isAppDocument(url, origins)).toBe(false);
      }),
    );
  });
});

describe('exact-origin comparison', () => {
  const origins = appOrigins('http://localhost:5173');
  it('only the very origin, its ws: socket and the app origin', () => {
    expect(isTrustedOriginUrl('http://localhost:5173/x', origins)).toBe(true);
    expect(isTrustedOriginUrl('ws://localhost:5173/', origins)).toBe(true);
    expect(isTrustedOriginUrl('app://showcase/x', origins)).toBe(true);
    for (const url of [
      'http://localhost:51730/',
      'http://localhost:517/',
      'http://localhost/',
      'http://localhost.:5173/',
      'http://127.0.0.1:5173/',
      'https://localhost:5173/',
      'wss://localhost:5173/',
      'http://a@localhost:5173/',
      'http://:p@localhost:5173/',
      'http://localhost:5173.evil.com/',
      'http://evil.com/http://localhost:5173/',
    ])
      expect(isTrustedOriginUrl(url, origins), url).toBe(false);
  });
  it('production origins never include a dev origin', () => {
    expect(PRODUCTION_ORIGINS.dev).toBeNull();
    expect(Object.isFrozen(PRODUCTION_ORIGINS)).toBe(true);
  });
});

describe('viewUrl', () => {
  it('loads the dev server document only when given a dev origin', () => {
    expect(viewUrl('audience', 'http://localhost:5173')).toBe('http://localhost:5173/index.html?role=audience');
    expect(viewUrl('presenter', null)).toBe('app://showcase/index.html?role=presenter');
    expect(viewUrl('presenter')).toBe('app://showcase/index.html?role=presenter');
  });
  it('a packaged run loads app://showcase even with ELECTRON_RENDERER_URL set', () => {
    const origin = devRendererOrigin({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(viewUrl('audience', origin)).toBe('app://showcase/index.html?role=audience');
  });
});

describe('CSP', () => {
  it('the production CSP is unchanged in strictness (literal)', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
    );
  });

  it('the dev CSP opens exactly the dev socket, the refresh preamble by hash and inline styles', () => {
    const csp = devContentSecurityPolicy('http://localhost:5173');
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives['script-src']).toBe(`'self' ${scriptHash(REACT_REFRESH_PREAMBLE)}`);
    expect(directives['script-src']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directives['connect-src']).toBe("'self' ws://localhost:5173");
    expect(directives['style-src']).toBe("'self' 'unsafe-inline'");
    expect(directives['default-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(csp).not.toMatch(/\*|https?:\/\/(?!localhost:5173)|data:|unsafe-eval/);
  });

  it('the preamble hash matches what the installed @vitejs/plugin-react injects', () => {
    const injected = (react as unknown as { preambleCode: string }).preambleCode.replace('__BASE__', '/');
    expect(REACT_REFRESH_PREAMBLE).toBe(injected);
  });
});
