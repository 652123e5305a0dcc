/**
 * routeAppRequest's second traversal layer on its own: the check that the resolved file is still
 * under the renderer root. The first layer (no `..` segment, no backslash, no NUL) cannot see a
 * path that is absolute once its leading slash is cut: `app://showcase//etc/passwd.js` has no dot
 * segment, and `resolve(root, '/etc/passwd.js')` is `/etc/passwd.js`. Only the root check stops it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, routeAppRequest } from '../../../src/main/app-protocol';

const roots = { renderer: resolve('/srv/showcase/renderer'), pack: resolve('/srv/showcase/pack') };

describe('routeAppRequest: the resolved file must stay under the renderer root', () => {
  it.each(['//etc/passwd.js', '/%2Fetc/passwd.js', '//srv/showcase/secret.js'])('refuses %s', (path) => {
    const url = `${APP_ORIGIN}${path}`;
    // No dot segment, backslash or NUL: the first layer has nothing to object to.
    expect(decodeURIComponent(new URL(url).pathname).split('/')).not.toContain('..');
    expect(routeAppRequest(url, roots)).toEqual({
      ok: false,
      status: 403,
      reason: 'path escapes the app',
      kind: 'app',
    });
  });

  it('control: a sibling folder whose name starts like the root is outside too (the separator counts)', () => {
    expect(routeAppRequest(`${APP_ORIGIN}//srv/showcase/renderer-old/x.js`, roots)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('control: the same file under the root is served', () => {
    expect(routeAppRequest(`${APP_ORIGIN}/etc/passwd.js`, roots)).toMatchObject({
      ok: true,
      filePath: resolve(roots.renderer, 'etc/passwd.js'),
    });
  });
});
