/**
 * Fixed inputs written against the mutants `npm run mutate` left alive in the guard modules
 * (docs/testing.md lists them): each test pins one decision that a layered check behind it used
 * to hide — the exact refusal, not just "something refused".
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/main/analytics-csv';
import { APP_ORIGIN, routeAppRequest, serveAppRequest, type AppRoots } from '../../../src/main/app-protocol';
import { MEDIA_POLICY } from '../../../src/main/content/media-file';
import { hashPin, MAX_PIN_ITERATIONS, MIN_PIN_ITERATIONS, StoredPin, verifyPin } from '../../../src/main/operator-pin';
import { imageTypeOf, refuseMediaPath, sniffImageType } from '../../../src/shared/media-policy';

describe('refuseMediaPath: each rule gives its own reason', () => {
  const reason = (src: string) => refuseMediaPath(src)?.replace(`media file "${src}" `, '');
  it.each([
    ['media/a\0.png', 'contains a NUL character'],
    ['https://example.com/a.png', 'is a URL; write a path inside the pack such as media/photo.jpg'],
    ['c:/media/a.png', 'escapes the pack (absolute path)'],
    ['C:media/a.png', 'escapes the pack (absolute path)'],
    ['/media/a.png', 'escapes the pack (absolute path)'],
    ['\\media\\a.png', 'escapes the pack (absolute path)'],
    ['media\\a.png', 'contains a backslash; separate folders with "/"'],
    ['media/../media/a.png', 'escapes the pack (".." in the path)'],
    ['media/a#b.png', 'contains "#" or "?", which a URL reads as something else; rename the file'],
    ['media/a\u0007.png', 'contains a control character'],
    ['media/a\u007f.png', 'contains a control character'],
    ['photos/a.png', "is outside the pack's media/ folder; put images in media/ (for example media/photo.jpg)"],
    ['media', "is outside the pack's media/ folder; put images in media/ (for example media/photo.jpg)"],
    ['media//a.png', 'has an empty or "." folder name'],
    ['media/./a.png', 'has an empty or "." folder name'],
    ['media/a.svg', 'is not an image type the app shows (png, jpg, jpeg, webp, gif, avif)'],
  ])('%j → %s', (src, why) => {
    expect(reason(src)).toBe(why);
  });
  it('a one-letter scheme is a drive, not a URL; a name with a colon later on is a plain name', () => {
    expect(reason('d:a.png')).toBe('escapes the pack (absolute path)');
    expect(refuseMediaPath('media/a:b.png')).toBeNull();
    // Only a scheme at the very start makes a URL.
    expect(refuseMediaPath('media/ab:c.png')).toBeNull();
    expect(refuseMediaPath('media/sub/x.webp')).toBeNull();
  });
  it('names the file in the message', () => {
    expect(refuseMediaPath('media/a.svg')).toMatch(/^media file "media\/a\.svg" /);
  });
});

describe('sniffImageType: every byte of a signature counts', () => {
  const bytes = (...b: Array<number | string>) =>
    Uint8Array.from(b.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])));
  it('JPEG needs FF D8 FF', () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(bytes(0xff, 0xd8, 0x00, 0xe0))).toBeNull();
    expect(sniffImageType(bytes(0xff, 0x00, 0xff, 0xe0))).toBeNull();
    expect(sniffImageType(bytes(0x00, 0xd8, 0xff, 0xe0))).toBeNull();
  });
  it('WebP needs RIFF and WEBP', () => {
    expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('image/webp');
    expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(sniffImageType(bytes('RIFX', 0, 0, 0, 0, 'WEBP'))).toBeNull();
  });
  it('AVIF needs an ftyp box naming avif/avis, up to its very last brand and no further', () => {
    const box = (size: number, ...brands: string[]) => bytes(0, 0, 0, size, 'ftyp', ...brands);
    expect(sniffImageType(box(16, 'avif', '\0\0\0\0'))).toBe('image/avif');
    // The last compatible brand ends exactly at the box's end (byte 24 of a 24-byte box).
    expect(sniffImageType(box(24, 'mif1', '\0\0\0\0', 'miaf', 'avis'))).toBe('image/avif');
    // The same brand just past the box's end is not part of it.
    expect(sniffImageType(box(20, 'mif1', '\0\0\0\0', 'miaf', 'avif'))).toBeNull();
    expect(sniffImageType(bytes(0, 0, 0, 16, 'ftyx', 'avif', '\0\0\0\0'))).toBeNull();
    // Bytes 12–15 are the minor version, not a brand: "avif" there proves nothing.
    expect(sniffImageType(box(16, 'mif1', 'avif'))).toBeNull();
  });
});

describe('types by extension', () => {
  it('every app file type has its own MIME type', () => {
    const roots = { renderer: resolve('/srv/r'), pack: null };
    const types: Record<string, string> = {
      'a.html': 'text/html; charset=utf-8',
      'a.js': 'text/javascript; charset=utf-8',
      'a.mjs': 'text/javascript; charset=utf-8',
      'a.css': 'text/css; charset=utf-8',
      'a.json': 'application/json; charset=utf-8',
      'a.svg': 'image/svg+xml',
      'a.png': 'image/png',
      'a.jpg': 'image/jpeg',
      'a.jpeg': 'image/jpeg',
      'a.webp': 'image/webp',
      'a.gif': 'image/gif',
      'a.avif': 'image/avif',
      'a.woff2': 'font/woff2',
      'a.woff': 'font/woff',
      'a.mp4': 'video/mp4',
      'a.webm': 'video/webm',
      'A.JPG': 'image/jpeg',
    };
    for (const [name, type] of Object.entries(types))
      expect(routeAppRequest(`${APP_ORIGIN}/assets/${name}`, roots), name).toMatchObject({ ok: true, mimeType: type });
  });
  it('every pack image type by extension', () => {
    for (const [ext, type] of Object.entries({
      png: 'image/png',
      jpg: 'image/jpeg',
      jpeg: 'image/jpeg',
      webp: 'image/webp',
      gif: 'image/gif',
      avif: 'image/avif',
    }))
      expect(imageTypeOf(`media/a.${ext}`), ext).toBe(type);
  });
});

describe('routeAppRequest: each refusal says why', () => {
  const roots = { renderer: resolve('/srv/r'), pack: resolve('/srv/p') };
  it.each([
    ['not a url', 400, 'malformed URL'],
    ['app://evil/index.html', 403, 'foreign origin'],
    [`${APP_ORIGIN}/assets/%E0%A4%A.js`, 400, 'bad escape'],
    [`${APP_ORIGIN}/assets/a%5Cb.js`, 403, 'path escapes the app'],
    [`${APP_ORIGIN}/pack/deck.json`, 403, 'only pack images in media/ are served'],
    [`${APP_ORIGIN}/assets/x.exe`, 403, 'file type not served'],
  ])('%s → %i %s', (url, status, reason) => {
    expect(routeAppRequest(url, roots)).toMatchObject({ ok: false, status, reason });
  });
  it('no pack → 404 "no content pack"', () => {
    expect(routeAppRequest(`${APP_ORIGIN}/pack/media/a.png`, { ...roots, pack: null })).toMatchObject({
      status: 404,
      reason: 'no content pack',
    });
  });
  it('a decoded ".." that would land back inside the root is still refused by the segment check', () => {
    expect(routeAppRequest(`${APP_ORIGIN}/assets/..%2Findex.html`, roots)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'path escapes the app',
    });
  });
  it('a pack path a looser policy lets through gets a neutral type, never a guess', () => {
    const loose = { ...MEDIA_POLICY, refusePath: () => null };
    expect(routeAppRequest(`${APP_ORIGIN}/pack/media/blob.bin`, roots, APP_ORIGIN, loose)).toMatchObject({
      ok: true,
      mimeType: 'application/octet-stream',
    });
  });
});

describe('serveAppRequest: headers, bodies and lengths', () => {
  let base: string;
  let roots: AppRoots;
  const DOT_PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'guard-mutants-'));
    roots = { renderer: join(base, 'renderer'), pack: join(base, 'pack') };
    await mkdir(join(roots.renderer, 'assets', 'folder.js'), { recursive: true });
    await mkdir(join(roots.pack!, 'media'), { recursive: true });
    await writeFile(join(roots.renderer, 'assets', 'empty.js'), '');
    await writeFile(join(roots.renderer, 'assets', 'ten.js'), '0123456789');
    await writeFile(join(roots.pack!, 'media', 'dot.png'), DOT_PNG);
    await writeFile(join(roots.pack!, 'media', 'fake.png'), '<script>alert(1)</script>');
    await writeFile(join(base, 'outside.js'), 'outside');
    await symlink(join(base, 'outside.js'), join(roots.renderer, 'assets', 'link.js'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('refusals are plain text with the security headers', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/assets/x.exe`, roots);
    expect(res.headers).toMatchObject({
      'Content-Type': 'text/plain; charset=utf-8',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    const pack = await serveAppRequest(`${APP_ORIGIN}/pack/deck.json`, roots);
    expect(pack.headers).toMatchObject({
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'inline',
    });
  });
  it('a missing pack image says "not found"; one whose bytes are not an image says "refused"', async () => {
    const missing = await serveAppRequest(`${APP_ORIGIN}/pack/media/none.png`, roots);
    expect([missing.status, missing.body.toString()]).toEqual([404, 'not found']);
    const fake = await serveAppRequest(`${APP_ORIGIN}/pack/media/fake.png`, roots);
    expect(fake.status).not.toBe(200);
    expect(fake.body.toString()).toBe('refused');
  });
  it('a missing app file and a folder named like a file both say "not found"', async () => {
    for (const path of ['/assets/none.js', '/assets/folder.js']) {
      const res = await serveAppRequest(`${APP_ORIGIN}${path}`, roots);
      expect([res.status, res.body.toString()], path).toEqual([404, 'not found']);
    }
  });
  it('a symlink out of the renderer says "path escapes the app" and sends none of the file', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/assets/link.js`, roots);
    expect([res.status, res.body.toString()]).toEqual([403, 'path escapes the app']);
  });
  it('an empty file is a 200 with Content-Length 0', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/assets/empty.js`, roots);
    expect([res.status, res.headers['Content-Length'], res.body.length]).toEqual([200, '0', 0]);
  });
  it('a range from the middle has the length of the range', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/assets/ten.js`, roots, APP_ORIGIN, 'bytes=2-5');
    expect([res.status, res.headers['Content-Length'], res.headers['Content-Range'], res.body.toString()]).toEqual([
      206,
      '4',
      'bytes 2-5/10',
      '2345',
    ]);
  });
  it('an unsatisfiable range says so', async () => {
    const res = await serveAppRequest(`${APP_ORIGIN}/assets/ten.js`, roots, APP_ORIGIN, 'bytes=20-30');
    expect([res.status, res.body.toString()]).toEqual([416, 'range not satisfiable']);
  });
});

describe('toCsv: quoting', () => {
  it('quotes only fields that need it, byte for byte', () => {
    const line = JSON.stringify({
      at: '2024-03-04T09:00:00.000Z',
      type: 'slide_view',
      slideId: 'a,b',
      locale: 'en',
      dwellMs: 5,
    });
    expect(toCsv([line]).csv).toBe(
      'time,type,slideId,locale,dwellMs,durationMs,touches\r\n2024-03-04T09:00:00.000Z,slide_view,"a,b",en,5,,\r\n',
    );
  });
});

describe('toCsv: blank lines', () => {
  it('a line of only spaces or a stray CR is blank, not corrupt', () => {
    expect(toCsv(['   ', '\r', '\t'])).toMatchObject({ rows: 0, corrupt: 0 });
  });
});

describe('operator PIN hash', () => {
  const SALT = 'ab'.repeat(16);
  it('hashes with the salt given, as lowercase hex of 32 bytes, PBKDF2-HMAC-SHA256', async () => {
    const stored = await hashPin('246813', { salt: SALT, iterations: MIN_PIN_ITERATIONS });
    const expected = pbkdf2Sync('246813', Buffer.from(SALT, 'hex'), MIN_PIN_ITERATIONS, 32, 'sha256').toString('hex');
    expect(stored).toEqual({ salt: SALT, iterations: MIN_PIN_ITERATIONS, hash: expected });
  });
  it('draws a fresh 16-byte hex salt when none is given', async () => {
    const a = await hashPin('246813', { iterations: MIN_PIN_ITERATIONS });
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyPin('246813', a)).toBe(true);
  });
  it('refuses to hash a PIN that breaks the rule', async () => {
    await expect(hashPin('12', { salt: SALT })).rejects.toThrow();
  });
  it('a stored hash of a PIN that breaks the rule never verifies (checked before hashing)', async () => {
    const hash = pbkdf2Sync('12', Buffer.from(SALT, 'hex'), MIN_PIN_ITERATIONS, 32, 'sha256').toString('hex');
    expect(await verifyPin('12', { salt: SALT, iterations: MIN_PIN_ITERATIONS, hash })).toBe(false);
  });
  it('the stored form: exact hex lengths and the iteration bounds both ways', () => {
    const ok = { salt: SALT, iterations: MIN_PIN_ITERATIONS, hash: 'cd'.repeat(32) };
    expect(StoredPin.safeParse(ok).success).toBe(true);
    expect(StoredPin.safeParse({ ...ok, salt: 'ab'.repeat(4) }).success).toBe(false);
    expect(StoredPin.safeParse({ ...ok, iterations: MAX_PIN_ITERATIONS }).success).toBe(true);
    expect(StoredPin.safeParse({ ...ok, iterations: MAX_PIN_ITERATIONS + 1 }).success).toBe(false);
    expect(StoredPin.safeParse({ ...ok, iterations: MIN_PIN_ITERATIONS - 1 }).success).toBe(false);
    expect(StoredPin.safeParse({ ...ok, extra: randomBytes(2).toString('hex') }).success).toBe(false);
  });
});
