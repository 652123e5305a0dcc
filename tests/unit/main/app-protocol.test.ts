import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupAppProtocol } from '../../../src/main/protocol';
import { DOT_PNG } from '../../support/make-pack';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  PACK_CONTENT_SECURITY_POLICY,
  routeAppRequest,
  securityHeaders,
  serveAppRequest,
  type AppRoots,
} from '../../../src/main/app-protocol';

const roots: AppRoots = { renderer: '/app/out/renderer', pack: '/packs/chery' };
const route = (url: string, r: AppRoots = roots) => routeAppRequest(url, r);
const refused = (url: string, r: AppRoots = roots) => {
  const result = route(url, r);
  expect(result.ok, url).toBe(false);
  return result as Extract<ReturnType<typeof routeAppRequest>, { ok: false }>;
};

describe('routeAppRequest: what is served', () => {
  it('"/" is index.html of the renderer', () => {
    expect(route(`${APP_ORIGIN}/`)).toEqual({
      ok: true,
      kind: 'app',
      filePath: join(roots.renderer, 'index.html'),
      root: roots.renderer,
      mimeType: 'text/html; charset=utf-8',
    });
  });
  it('query and hash do not change the file', () => {
    expect(route(`${APP_ORIGIN}/index.html?role=audience#x`)).toMatchObject({
      ok: true,
      filePath: join(roots.renderer, 'index.html'),
    });
  });
  it('assets get their MIME type', () => {
    expect(route(`${APP_ORIGIN}/assets/x.js`)).toMatchObject({
      ok: true,
      filePath: join(roots.renderer, 'assets', 'x.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(route(`${APP_ORIGIN}/assets/app.css`)).toMatchObject({ mimeType: 'text/css; charset=utf-8' });
    expect(route(`${APP_ORIGIN}/assets/noto.woff2`)).toMatchObject({ mimeType: 'font/woff2' });
    expect(route(`${APP_ORIGIN}/assets/LOGO.SVG`)).toMatchObject({ mimeType: 'image/svg+xml' });
  });
  it('/pack/media/… comes from the pack root', () => {
    expect(route(`${APP_ORIGIN}/pack/media/a.png`)).toEqual({
      ok: true,
      kind: 'pack',
      src: 'media/a.png',
      root: roots.pack,
      mimeType: 'image/png',
    });
  });
  it('percent-encoded names that stay inside are fine', () => {
    expect(route(`${APP_ORIGIN}/pack/media/my%20photo.jpg`)).toMatchObject({ ok: true, src: 'media/my photo.jpg' });
  });
  it('serves the same tree under another origin when asked (the Chromium harness)', () => {
    expect(routeAppRequest('http://app.local/assets/x.js', roots, 'http://app.local')).toMatchObject({ ok: true });
    expect(routeAppRequest(`${APP_ORIGIN}/assets/x.js`, roots, 'http://app.local')).toMatchObject({ ok: false });
  });
});

describe('routeAppRequest: what is refused', () => {
  it('only media from the pack, never deck.json or anything else in it', () => {
    expect(refused(`${APP_ORIGIN}/pack/deck.json`).status).toBe(403);
    expect(refused(`${APP_ORIGIN}/pack/README.md`).status).toBe(403);
    expect(refused(`${APP_ORIGIN}/pack/mediax/a.png`).status).toBe(403);
  });
  it('no pack → 404 for pack URLs', () => {
    expect(refused(`${APP_ORIGIN}/pack/media/a.png`, { ...roots, pack: null }).status).toBe(404);
  });
  it('.. raw and percent-encoded', () => {
    for (const path of [
      '/pack/media/../deck.json',
      '/pack/media/%2e%2e/deck.json',
      '/pack/media/%2E%2E/deck.json',
      '/pack/media/..%2F..%2Fsecret.png',
      '/pack/media/%2e%2e%2f%2e%2e%2fsecret.png',
      '/pack/media%2F..%2Fdeck.json',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.js',
      '/assets%2F..%2F..%2Fsecret.js',
      '/assets/..%2f..%2f..%2fetc%2fpasswd.js',
    ])
      expect(refused(`${APP_ORIGIN}${path}`).status, path).toBe(403);
  });
  it('dot segments the URL parser collapses itself stay inside the app', () => {
    // WHATWG URL resolves "%2e%2e" segments before we see the path: this is app://showcase/secret.png.
    const result = route(`${APP_ORIGIN}/pack/media/%2E%2E/%2E%2E/%2E%2E/secret.png`);
    expect(result).toMatchObject({ ok: true, filePath: join(roots.renderer, 'secret.png') });
  });
  it('backslashes (raw and encoded) and NUL', () => {
    for (const path of [
      '/assets/..%5C..%5Csecret.js',
      '/assets/a%5Cb.js',
      '/assets/x.js%00.png',
      '/pack/media/a%00.png',
    ])
      expect(refused(`${APP_ORIGIN}${path}`).status, path).toBe(403);
    // app: is not a "special" scheme, so the URL parser keeps a raw backslash as it is.
    expect(refused(`${APP_ORIGIN}/pack/media/..\\..\\secret.png`).status).toBe(403);
  });
  it('malformed escapes → 400', () => {
    expect(refused(`${APP_ORIGIN}/assets/%E0%A4%A.js`).status).toBe(400);
    expect(refused('not a url').status).toBe(400);
  });
  it('foreign origins and hosts', () => {
    for (const url of [
      'app://showcase.evil/index.html',
      'app://evil/index.html',
      'http://showcase/index.html',
      'https://showcase/index.html',
      'file:///app/out/renderer/index.html',
      'app://showcase:8080/index.html',
    ])
      expect(refused(url).status, url).toBe(403);
  });
  it('unknown extensions', () => {
    for (const path of ['/assets/x.exe', '/assets/x', '/main.map', '/pack/media/a.txt', '/pack/media/a.json.bak'])
      expect(refused(`${APP_ORIGIN}${path}`).status, path).toBe(403);
  });
});

describe('CSP', () => {
  it("is strict: default-src 'self', nothing inline, no eval, nothing from outside", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|data:|\*/);
  });
  it('is on every response, errors included', () => {
    expect(securityHeaders()['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeaders()['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('serveAppRequest against a real folder', () => {
  let base: string;
  let tmpRoots: AppRoots;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
    const renderer = join(base, 'renderer');
    const pack = join(base, 'pack');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await mkdir(join(pack, 'media', 'folder.png'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(renderer, 'assets', 'x.js'), 'export {};');
    await writeFile(join(pack, 'media', 'a.png'), DOT_PNG);
    await writeFile(join(base, 'secret.png'), 'outside');
    await writeFile(join(base, 'secret.js'), 'outside');
    await symlink(join(base, 'secret.png'), join(pack, 'media', 'escape.png'));
    await symlink(join(base, 'secret.js'), join(renderer, 'assets', 'escape.js'));
    await symlink(join(renderer, 'assets', 'x.js'), join(renderer, 'assets', 'inside.js'));
    tmpRoots = { renderer, pack };
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('200 with the file, its MIME type and the CSP', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/`, tmpRoots);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('<title>x</title>');
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toContain("default-src 'self'");
    expect(res.headers['Content-Security-Policy']).not.toContain('unsafe-inline');
  });
  it('serves pack media', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/pack/media/a.png`, tmpRoots);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('image/png');
    expect(res.body.equals(DOT_PNG)).toBe(true);
  });
  it('a symlink inside the root pointing outside → 403', async () => {
    const media = await serveAppRequest(`${APP_ORIGIN}/pack/media/escape.png`, tmpRoots);
    expect(media.status).toBe(403);
    expect(media.body.toString()).not.toContain('outside');
    const asset = await serveAppRequest(`${APP_ORIGIN}/assets/escape.js`, tmpRoots);
    expect(asset.status).toBe(403);
  });
  it('a symlink that stays inside the root is served', async () => {
    expect((await serveAppRequest(`${APP_ORIGIN}/assets/inside.js`, tmpRoots)).status).toBe(200);
  });
  it('missing → 404; a folder → 404', async () => {
    expect((await serveAppRequest(`${APP_ORIGIN}/assets/missing.js`, tmpRoots)).status).toBe(404);
    expect((await serveAppRequest(`${APP_ORIGIN}/pack/media/folder.png`, tmpRoots)).status).toBe(404);
  });
  it('refusals carry the security headers and no file content', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/pack/media/..%2F..%2Fsecret.png`, tmpRoots);
    expect(res.status).toBe(403);
    expect(res.headers['Content-Security-Policy']).toBe(PACK_CONTENT_SECURITY_POLICY);
    expect(res.body.toString()).not.toContain('outside');
    const app = await serveAppRequest(`${APP_ORIGIN}/assets/..%2F..%2Fsecret.js`, tmpRoots);
    expect(app.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('setupAppProtocol: what Electron gets back', () => {
  let base: string;
  let handler: ((request: Request) => Promise<Response>) | null = null;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'app-protocol-handle-'));
    await mkdir(join(base, 'renderer'));
    await mkdir(join(base, 'pack', 'media'), { recursive: true });
    await writeFile(join(base, 'pack', 'media', 'dot.png'), DOT_PNG);
    setupAppProtocol({
      protocol: {
        handle: (_scheme: string, h: (request: Request) => Promise<Response>) => void (handler = h),
      } as never,
      roots: () => ({ renderer: join(base, 'renderer'), pack: join(base, 'pack') }),
    });
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('a streamed web Response, honouring Range (206) and refusing past the end (416)', async () => {
    const whole = await handler!(new Request(`${APP_ORIGIN}/pack/media/dot.png`));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-security-policy')).toBe(PACK_CONTENT_SECURITY_POLICY);
    expect(Buffer.from(await whole.arrayBuffer()).equals(DOT_PNG)).toBe(true);
    const part = await handler!(new Request(`${APP_ORIGIN}/pack/media/dot.png`, { headers: { Range: 'bytes=1-3' } }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1-3/${DOT_PNG.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(DOT_PNG.subarray(1, 4))).toBe(true);
    const past = await handler!(new Request(`${APP_ORIGIN}/pack/media/dot.png`, { headers: { Range: 'bytes=9999-' } }));
    expect(past.status).toBe(416);
  });
});
