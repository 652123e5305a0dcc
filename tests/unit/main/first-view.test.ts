// Main's side of the first view (issue 19): when it is drawn, how it goes into index.html, and
// that anything going wrong serves the page as built.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, serveAppRequest } from '../../../src/main/app-protocol';
import {
  composeFirstView,
  firstViewFor,
  loadFirstViewModule,
  wantsFirstView,
  type FirstView,
} from '../../../src/main/first-view';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import type { FirstViewModule } from '../../../src/shared/first-view';

const BUILT =
  '<!doctype html>\n<html lang="en" dir="ltr">\n  <head><title>x</title></head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';
const VIEW: FirstView = { html: '<div class="first-view__landscape">slide</div>', lang: 'ar', dir: 'rtl' };
const SNAPSHOT = { status: 'ok' } as DeckSnapshot;
const drawing = (view: FirstView | null): FirstViewModule => ({ renderFirstView: vi.fn(() => view) });

describe('wantsFirstView', () => {
  it('the audience window only: not the presenter, not the handout, not a bare page', () => {
    expect(wantsFirstView(new URLSearchParams('role=audience'))).toBe(true);
    expect(wantsFirstView(new URLSearchParams('role=presenter'))).toBe(false);
    expect(wantsFirstView(new URLSearchParams('role=audience&handout=all'))).toBe(false);
    expect(wantsFirstView(new URLSearchParams(''))).toBe(false);
  });
});

describe('composeFirstView', () => {
  it('puts the view in the root, inert and hidden from assistive technology, and the language on <html>', () => {
    const page = composeFirstView(BUILT, VIEW)!;
    expect(page).toContain(
      '<div id="root"><div class="first-view" data-first-view inert aria-hidden="true"><div class="first-view__landscape">slide</div></div></div>',
    );
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).not.toContain('lang="en"');
  });
  it('escapes the language: a pack cannot write markup into <html>', () => {
    const page = composeFirstView(BUILT, { ...VIEW, lang: 'x"><script>alert(1)</script>' })!;
    expect(page).not.toContain('<script>');
    expect(page).toContain('lang="x&quot;&gt;&lt;script&gt;');
  });
  it('null for a page without an empty root (served as it is)', () => {
    expect(composeFirstView(BUILT.replace('<div id="root"></div>', '<div id="root">x</div>'), VIEW)).toBeNull();
  });
});

describe('firstViewFor', () => {
  it('draws main’s snapshot of now, for the audience', async () => {
    const module = drawing(VIEW);
    const draw = firstViewFor(() => SNAPSHOT, Promise.resolve(module));
    expect(await draw(new URLSearchParams('role=audience'))).toBe(VIEW);
    expect(module.renderFirstView).toHaveBeenCalledWith(SNAPSHOT);
    expect(await draw(new URLSearchParams('role=presenter'))).toBeNull();
    expect(module.renderFirstView).toHaveBeenCalledTimes(1);
  });
  it('no module, or a drawer that throws: no first view, and the reason is reported', async () => {
    const errors: string[] = [];
    expect(await firstViewFor(() => SNAPSHOT, Promise.resolve(null))(new URLSearchParams('role=audience'))).toBeNull();
    const throwing: FirstViewModule = {
      renderFirstView: () => {
        throw new Error('boom');
      },
    };
    const draw = firstViewFor(
      () => SNAPSHOT,
      Promise.resolve(throwing),
      (m) => errors.push(m),
    );
    expect(await draw(new URLSearchParams('role=audience'))).toBeNull();
    expect(errors).toEqual(['first view not drawn: boom']);
  });
});

describe('loadFirstViewModule and the app protocol', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'first-view-'));
    await writeFile(join(dir, 'index.html'), BUILT);
    await writeFile(
      join(dir, 'good.mjs'),
      `export function renderFirstView(s) { return { html: '<p>' + s.status + '</p>', lang: 'en', dir: 'ltr' }; }`,
    );
    await writeFile(join(dir, 'empty.mjs'), 'export const nothing = 1;');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a missing file or one without renderFirstView loads as null, with the reason', async () => {
    const errors: string[] = [];
    expect(await loadFirstViewModule(join(dir, 'missing.mjs'), (m) => errors.push(m))).toBeNull();
    expect(await loadFirstViewModule(join(dir, 'empty.mjs'), (m) => errors.push(m))).toBeNull();
    expect(errors).toHaveLength(2);
    expect(errors[1]).toBe('first view unavailable: renderFirstView is missing');
  });

  it('index.html for the audience carries the view; its length is the new one; other requests are as built', async () => {
    const module = loadFirstViewModule(join(dir, 'good.mjs'));
    const roots = { renderer: dir, pack: null, firstView: firstViewFor(() => SNAPSHOT, module) };
    const audience = await serveAppRequest(`${APP_ORIGIN}/index.html?role=audience`, roots);
    expect(audience.status).toBe(200);
    expect(audience.body.toString()).toContain(
      '<div class="first-view" data-first-view inert aria-hidden="true"><p>ok</p></div>',
    );
    expect(audience.headers['Content-Length']).toBe(String(audience.body.length));
    expect(audience.headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    const presenter = await serveAppRequest(`${APP_ORIGIN}/index.html?role=presenter`, roots);
    expect(presenter.body.toString()).toBe(BUILT);
    const none = await serveAppRequest(`${APP_ORIGIN}/index.html?role=audience`, {
      ...roots,
      firstView: firstViewFor(() => SNAPSHOT, Promise.resolve(null)),
    });
    expect(none.body.toString()).toBe(BUILT);
  });
});
