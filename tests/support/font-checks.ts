/**
 * Which fonts really drew the text: the bundle's own FontFace coverage, missing-glyph boxes,
 * and the platform fonts Chromium reports over the DevTools protocol.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Font families that really drew the text of `selector`'s elements, with whether each is a web font. */
export async function usedFonts(
  cdp: CDPSession,
  selector: string,
): Promise<Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })) as {
    nodeIds: number[];
  };
  const fonts = new Map<string, { familyName: string; isCustomFont: boolean; glyphCount: number }>();
  for (const nodeId of nodeIds) {
    const { fonts: used } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as {
      fonts: Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>;
    };
    for (const f of used) {
      const key = `${f.familyName}|${f.isCustomFont}`;
      const seen = fonts.get(key);
      fonts.set(key, { ...f, glyphCount: (seen?.glyphCount ?? 0) + f.glyphCount });
    }
  }
  return [...fonts.values()];
}

/** Opens a CDP session able to answer `usedFonts`. */
export async function fontProbe(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/**
 * Whether the document's own FontFace set (our bundled @font-face rules only, never system
 * fonts) has a face of `family` that is loaded and covers every character of `sample`, and
 * `document.fonts.check` agrees.
 */
export async function bundledFontCovers(page: Page, family: string, sample: string): Promise<string[]> {
  return page.evaluate(
    ([fam, text]) => {
      const problems: string[] = [];
      if (!document.fonts.check(`32px "${fam}"`, text)) problems.push(`document.fonts.check fails for "${fam}"`);
      const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === fam && f.status === 'loaded');
      if (faces.length === 0) problems.push(`no loaded FontFace of "${fam}"`);
      const inRange = (cp: number, range: string) =>
        range.split(',').some((r) => {
          const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
          if (a.includes('?'))
            return cp >= parseInt(a.replace(/\?/g, '0'), 16) && cp <= parseInt(a.replace(/\?/g, 'F'), 16);
          return cp >= parseInt(a, 16) && cp <= parseInt(b ?? a, 16);
        });
      const missing = [...new Set(text)].filter(
        (c) => c.trim() && !faces.some((f) => inRange(c.codePointAt(0)!, f.unicodeRange)),
      );
      if (missing.length) problems.push(`no loaded "${fam}" face covers ${missing.slice(0, 12).join('')}`);
      return problems;
    },
    [family, sample] as const,
  );
}

/** A font file's family without its weight ("Noto Sans SC Thin" is the SC face of the bundle). */
export const baseFamily = (name: string): string =>
  name.replace(/\s+(Thin|ExtraLight|Light|Regular|Medium|SemiBold|Bold|ExtraBold|Black)$/i, '');

/**
 * The characters of `sample` that come out as the missing-glyph box (.notdef) when drawn in
 * `family`: no bundled face and no system font has them. Each is drawn on a canvas and compared,
 * pixel for pixel, with a code point no font maps (U+10FFFD, plane 16 private use), which Chromium
 * can only draw as .notdef. This needs no particular system font: it is what a fresh machine shows
 * for a script we do not bundle, where the CDP font report names only our own (primary) font.
 */
export async function missingGlyphs(page: Page, family: string, sample: string): Promise<string> {
  return page.evaluate(
    async ([fam, text]) => {
      const font = `32px "${fam}"`;
      await document.fonts.load(font, text);
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.font = font;
      ctx.textBaseline = 'middle';
      const draw = (c: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.fillText(c, 8, 32);
        return `${ctx.measureText(c).width}:${ctx.getImageData(0, 0, 64, 64).data.join(',')}`;
      };
      const notdef = draw('\u{10FFFD}');
      return [...new Set(text)].filter((c) => c.trim() && draw(c) === notdef).join('');
    },
    [family, sample] as const,
  );
}

/**
 * Every way the text of `selector` fails to be drawn by our bundled `family`: the bundle's own
 * FontFace set does not cover `sample` (see {@link bundledFontCovers}), some of it comes out as
 * missing-glyph boxes ({@link missingGlyphs}), a system font drew some of it, or `family` drew
 * none of it. A script our fonts lack is caught either way Chromium falls back: by a system font
 * where the machine has one, by the boxes where it has none (a fresh CI machine). The FontFace
 * check alone cannot see it: @fontsource's per-subset CSS declares no unicode-range, so every
 * face claims U+0-10FFFF.
 */
export async function fontProblems(
  page: Page,
  cdp: CDPSession,
  selector: string,
  family: string,
  sample: string,
): Promise<string[]> {
  const problems = await bundledFontCovers(page, family, sample);
  const boxes = await missingGlyphs(page, family, sample);
  if (boxes) problems.push(`drawn as missing-glyph boxes (no font here has them): ${boxes}`);
  const used = await usedFonts(cdp, selector);
  for (const f of used.filter((u) => !u.isCustomFont))
    problems.push(`system font ${f.familyName} drew ${f.glyphCount} glyphs`);
  if (!used.some((f) => baseFamily(f.familyName) === family))
    problems.push(`not drawn with ${family} (drawn with: ${used.map((f) => f.familyName).join(', ') || 'nothing'})`);
  return problems;
}
