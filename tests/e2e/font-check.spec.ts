/**
 * The FontFace coverage check (tests/support/font-checks.ts `bundledFontCovers`) on faces that do
 * declare a unicode-range. The bundled @fontsource CSS declares none (every face claims
 * U+0-10FFFF), so the walk in languages.spec.ts never reaches the range parsing; here a face with
 * a range, a list and a wildcard is loaded on the app page, and the check must say which
 * characters fall outside.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { REPO } from '../../harness/main-bridge';
import { bundledFontCovers } from '../support/font-checks';

/** A bundled Latin face from the build, served under the app origin like every asset. */
const LATIN_FACE = readdirSync(join(REPO, 'out', 'renderer', 'assets')).find((f) =>
  /^noto-sans-latin-400-normal-.*\.woff2$/.test(f),
);

test('the coverage check reads unicode-range: single ranges, lists and wildcards', async ({ app }) => {
  expect(LATIN_FACE, 'a built Noto Sans Latin face in out/renderer/assets').toBeDefined();
  await app.evaluate(async (file) => {
    const url = `url(/assets/${file})`;
    const faces = [
      new FontFace('Range Probe', url, { unicodeRange: 'U+0041-005A' }), // A–Z only
      new FontFace('List Probe', url, { unicodeRange: 'U+0030-0039, U+0061' }), // digits and "a"
      new FontFace('Wildcard Probe', url, { unicodeRange: 'U+004?' }), // U+0040–U+004F: @ A–O
    ];
    for (const face of faces) document.fonts.add(await face.load());
  }, LATIN_FACE!);

  expect(await bundledFontCovers(app, 'Range Probe', 'ABZ')).toEqual([]);
  expect(await bundledFontCovers(app, 'Range Probe', 'AbZ[')).toContain('no loaded "Range Probe" face covers b[');
  expect(await bundledFontCovers(app, 'List Probe', '2024 a')).toEqual([]);
  expect(await bundledFontCovers(app, 'List Probe', 'ab9')).toContain('no loaded "List Probe" face covers b');
  expect(await bundledFontCovers(app, 'Wildcard Probe', '@ABO')).toEqual([]);
  expect(await bundledFontCovers(app, 'Wildcard Probe', 'NOP?')).toContain('no loaded "Wildcard Probe" face covers P?');
});
