// Pack media in real Chromium, served by the very serveAppRequest the app uses: an image still
// still shows under the pack CSP (`sandbox; default-src 'none'`), and a pack file opened as a page
// runs in an opaque sandboxed origin — it can never pass as the app. (The refusals themselves, with
// their weakened-gate controls, are in tests/unit/content/media-attacks.test.ts.)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HARNESS_ORIGIN, routeApp } from '../../harness/main-bridge';
import { DOT_PNG } from '../support/make-pack';

let pack: string;
test.beforeAll(async () => {
  pack = await mkdtemp(join(tmpdir(), 'pack-media-'));
  await mkdir(join(pack, 'media'));
  await writeFile(join(pack, 'media', 'dot.png'), DOT_PNG);
});
test.afterAll(() => rm(pack, { recursive: true, force: true }));

test('a pack image shows in the app page under the pack CSP', async ({ page }) => {
  const outbound: string[] = [];
  await routeApp(page, { packDir: pack }, outbound);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  const sizes = await page.evaluate(async () => {
    const load = (src: string) =>
      new Promise<number>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve(-1);
        img.src = src;
      });
    return { real: await load('/pack/media/dot.png'), missing: await load('/pack/media/gone.png') };
  });
  expect(sizes).toEqual({ real: 1, missing: -1 });
  expect(outbound).toEqual([]);
});

test('a pack file opened as a page gets an opaque, sandboxed origin (never the app origin)', async ({ page }) => {
  await routeApp(page, { packDir: pack }, []);
  const response = await page.goto(`${HARNESS_ORIGIN}/pack/media/dot.png`);
  expect(response?.headers()['content-security-policy']).toBe("sandbox; default-src 'none'");
  expect(await page.evaluate(() => window.origin)).toBe('null');
  // Control: the app's own document at the same origin is not sandboxed.
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  expect(await page.evaluate(() => window.origin)).toBe(HARNESS_ORIGIN);
});
