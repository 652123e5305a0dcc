// Issue 14.3: every media attack against the loader and the /pack/ server, each next to a control
// that runs the same attack against a deliberately weakened policy and sees it get through — so
// these tests can fail, and what stops each attack is the rule named, not something incidental.
import { link, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  openAppResponse,
  PACK_CONTENT_SECURITY_POLICY,
  serveAppRequest,
  type AppRoots,
} from '../../../src/main/app-protocol';
import { MAX_MEDIA_BYTES } from '../../../src/main/content/limits';
import { checkMedia } from '../../../src/main/content/media-check';
import { MEDIA_POLICY, openPackMedia, type MediaPolicy } from '../../../src/main/content/media-file';
import { DOT_PNG, tempDir } from '../../support/make-pack';

/** The weakened gate: every rule of the media policy switched off. */
const PERMISSIVE: MediaPolicy = {
  refusePath: () => null,
  maxBytes: Number.POSITIVE_INFINITY,
  singleLinkOnly: false,
  insideMediaOnly: false,
  checkBytes: false,
};

const DECK_TEXT = '{"secret": "deck.json is not media"}';
const OUTSIDE_TEXT = 'outside the pack: private';
const HTML = '<!doctype html><script>window.showcase.exit()</script>';

interface Attack {
  name: string;
  src: string;
  /** What a successful attack would deliver. */
  leaks: string;
  /** Status the real server answers with. */
  status: number;
  /** The loader's message. */
  message: RegExp;
}

const ATTACKS: Attack[] = [
  {
    name: 'an image outside media/',
    src: 'photos/dot.png',
    leaks: 'PNG',
    status: 403,
    message: /outside the pack's media\/ folder/,
  },
  { name: 'a "#" in the name', src: 'media/a#b.png', leaks: 'PNG', status: 403, message: /contains "#" or "\?"/ },
  { name: 'an HTML page', src: 'media/page.html', leaks: '<script>', status: 403, message: /not an image type/ },
  { name: 'a script', src: 'media/evil.js', leaks: 'showcase.exit', status: 403, message: /not an image type/ },
  { name: 'an SVG with script', src: 'media/evil.svg', leaks: 'onload', status: 403, message: /not an image type/ },
  {
    name: 'a .png that holds text',
    src: 'media/text.png',
    leaks: 'showcase.exit',
    status: 415,
    message: /does not hold PNG image data/,
  },
  {
    name: 'a symlink media/x.png → ../deck.json',
    src: 'media/x.png',
    leaks: 'deck.json is not media',
    status: 403,
    message: /escapes the pack \(symbolic link/,
  },
  {
    name: 'a hard link to a file outside the pack',
    src: 'media/linked.png',
    leaks: 'private',
    status: 403,
    message: /is a hard link/,
  },
];

describe('media attacks', () => {
  let root: string;
  let pack: string;
  let roots: AppRoots;

  beforeAll(async () => {
    root = await tempDir('media-attacks-');
    pack = path.join(root, 'pack');
    await mkdir(path.join(pack, 'media'), { recursive: true });
    await mkdir(path.join(pack, 'photos'));
    await mkdir(path.join(root, 'renderer'));
    await writeFile(path.join(pack, 'deck.json'), DECK_TEXT);
    await writeFile(path.join(pack, 'media/dot.png'), DOT_PNG);
    await writeFile(path.join(pack, 'photos/dot.png'), DOT_PNG);
    await writeFile(path.join(pack, 'media/a#b.png'), DOT_PNG);
    await writeFile(path.join(pack, 'media/page.html'), HTML);
    await writeFile(path.join(pack, 'media/evil.js'), 'window.showcase.exit()');
    await writeFile(path.join(pack, 'media/evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>');
    await writeFile(path.join(pack, 'media/text.png'), 'window.showcase.exit() // not a PNG');
    await symlink('../deck.json', path.join(pack, 'media/x.png'));
    await writeFile(path.join(root, 'outside.txt'), OUTSIDE_TEXT);
    await link(path.join(root, 'outside.txt'), path.join(pack, 'media/linked.png'));
    // Sparse: over the limit without writing 50 MiB.
    await writeFile(path.join(pack, 'media/huge.png'), DOT_PNG);
    await truncate(path.join(pack, 'media/huge.png'), MAX_MEDIA_BYTES + 1);
    roots = { renderer: path.join(root, 'renderer'), pack };
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const url = (src: string) => `${APP_ORIGIN}/pack/${src.split('/').map(encodeURIComponent).join('/')}`;

  describe.each(ATTACKS)('$name ($src)', (attack) => {
    it('content:check and the loader refuse it', async () => {
      const problems = await checkMedia(pack, [{ path: 'slides[0].visual.src', src: attack.src }], 'deck.json');
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toMatch(attack.message);
    });
    it('control: the loader with the weakened policy accepts it', async () => {
      expect(
        await checkMedia(pack, [{ path: 'slides[0].visual.src', src: attack.src }], 'deck.json', PERMISSIVE),
      ).toEqual([]);
    });
    it('the server refuses it and sends none of it', async () => {
      const res = await serveAppRequest(url(attack.src), roots);
      expect(res.status).toBe(attack.status);
      expect(res.body.toString('latin1')).not.toContain(attack.leaks);
      expect(res.headers['Content-Security-Policy']).toBe(PACK_CONTENT_SECURITY_POLICY);
    });
    it('control: the server with the weakened policy serves it', async () => {
      const res = await serveAppRequest(url(attack.src), roots, APP_ORIGIN, null, PERMISSIVE);
      expect(res.status).toBe(200);
      expect(res.body.toString('latin1')).toContain(attack.leaks);
    });
  });

  it('a file over the size limit is refused (413) before any of it is read; the weakened gate streams it', async () => {
    const res = await openAppResponse(url('media/huge.png'), roots);
    expect(res.status).toBe(413);
    expect(Buffer.isBuffer(res.body)).toBe(true);
    const weak = await openAppResponse(url('media/huge.png'), roots, APP_ORIGIN, 'bytes=0-7', PERMISSIVE);
    expect(weak.status).toBe(206);
    (weak.body as Readable).destroy();
  });

  it('loader and server agree on the real image: accepted, served as an inline, sandboxed, unsniffed image', async () => {
    expect(await checkMedia(pack, [{ path: 'p', src: 'media/dot.png' }], 'deck.json')).toEqual([]);
    const res = await serveAppRequest(url('media/dot.png'), roots);
    expect(res.status).toBe(200);
    expect(res.body.equals(DOT_PNG)).toBe(true);
    expect(res.headers).toMatchObject({
      'Content-Type': 'image/png',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
      'Content-Length': String(DOT_PNG.length),
      'Accept-Ranges': 'bytes',
    });
  });

  it('streams: the body is a file stream, not a buffer read whole', async () => {
    const res = await openAppResponse(url('media/dot.png'), roots);
    expect(res.body).toBeInstanceOf(Readable);
    (res.body as Readable).destroy();
  });

  it('Range: 206 with Content-Range for a satisfiable range, 416 when it starts past the end', async () => {
    const first = await serveAppRequest(url('media/dot.png'), roots, APP_ORIGIN, 'bytes=0-7');
    expect(first.status).toBe(206);
    expect(first.headers['Content-Range']).toBe(`bytes 0-7/${DOT_PNG.length}`);
    expect(first.body.equals(DOT_PNG.subarray(0, 8))).toBe(true);
    const tail = await serveAppRequest(url('media/dot.png'), roots, APP_ORIGIN, 'bytes=-4');
    expect(tail.status).toBe(206);
    expect(tail.body.equals(DOT_PNG.subarray(DOT_PNG.length - 4))).toBe(true);
    const past = await serveAppRequest(url('media/dot.png'), roots, APP_ORIGIN, `bytes=${DOT_PNG.length}-`);
    expect(past.status).toBe(416);
    expect(past.headers['Content-Range']).toBe(`bytes */${DOT_PNG.length}`);
    const ignored = await serveAppRequest(url('media/dot.png'), roots, APP_ORIGIN, 'bytes=0-1,4-5');
    expect(ignored.status).toBe(200);
    expect(ignored.body.equals(DOT_PNG)).toBe(true);
  });

  it('the shipped policy is the strict one', () => {
    expect(MEDIA_POLICY).toMatchObject({
      maxBytes: MAX_MEDIA_BYTES,
      singleLinkOnly: true,
      insideMediaOnly: true,
      checkBytes: true,
    });
  });

  it('openPackMedia closes what it refuses and hands over what it accepts', async () => {
    const refused = await openPackMedia(pack, 'media/text.png');
    expect(refused).toMatchObject({ ok: false, status: 415 });
    const accepted = await openPackMedia(pack, 'media/dot.png');
    expect(accepted).toMatchObject({ ok: true, size: DOT_PNG.length, mimeType: 'image/png' });
    if (accepted.ok) await accepted.handle.close();
  });
});
