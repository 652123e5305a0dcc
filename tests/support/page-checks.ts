/**
 * In-page checks shared by the show and language suites: when a slide has settled, what
 * text is visible, whether any of it is too small, overflows, leaves the screen or lies
 * under the shell's controls, which fonts really drew it, and what axe says.
 */
import { createRequire } from 'node:module';
import type { CDPSession, Page } from '@playwright/test';
import { parseLocaleNumbers, type NumberSymbols } from './locale-numbers';

/** A visible element that carries text of its own (a direct, non-blank text node). */
export interface TextItem {
  tag: string;
  cls: string;
  text: string;
  fontPx: number;
  inSlide: boolean;
  ariaHidden: boolean;
  rect: { x: number; y: number; w: number; h: number };
  /** Boxes of the element's own text lines (narrower than a block's box). */
  lines: Array<{ x: number; y: number; w: number; h: number }>;
  overflow: string | null;
}

export interface PageText {
  items: TextItem[];
  /** Slide containers that overflow (`section.slide` and its root). */
  containers: string[];
  stats: Array<{ value: number; text: string }>;
  /** Rectangles of the shell's controls (language buttons, nav arrows and dots). */
  chrome: Array<{ name: string; x: number; y: number; w: number; h: number }>;
  viewport: { w: number; h: number };
}

/** Reads every visible text element in `.app` (not `.visually-hidden`) with its geometry. */
export async function readPageText(page: Page): Promise<PageText> {
  return page.evaluate(() => {
    const app = document.querySelector('.app');
    const items: TextItem[] = [];
    const visible = (el: Element) => {
      if (el.closest('.visually-hidden')) return false;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const overflow = (el: Element): string | null => {
      if (!(el instanceof HTMLElement) || el.clientWidth === 0) return null;
      const x = el.scrollWidth - el.clientWidth;
      // Tight leading (a headline at line-height 1.1) lets the font's ascent and descent
      // stand out of the line boxes; Chromium counts that in scrollHeight. Allow exactly that
      // overhang (content area minus line height), nothing more: an extra line still fails.
      let overhang = 0;
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
      if (Number.isFinite(lineHeight))
        for (const n of el.childNodes) {
          if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) overhang = Math.max(overhang, r.height - lineHeight);
        }
      const y = el.scrollHeight - el.clientHeight - Math.max(0, overhang);
      return x > 1 || y > 1
        ? `scroll ${el.scrollWidth}×${el.scrollHeight} > client ${el.clientWidth}×${el.clientHeight}`
        : null;
    };
    for (const el of app ? app.querySelectorAll('*') : []) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own || !visible(el)) continue;
      let fontPx = parseFloat(getComputedStyle(el).fontSize);
      // SVG text is sized in user units: scale by the element's transform to screen pixels.
      if (el instanceof SVGGraphicsElement) fontPx *= Math.hypot(el.getScreenCTM()?.a ?? 1, el.getScreenCTM()?.b ?? 0);
      const r = el.getBoundingClientRect();
      const lines: TextItem['lines'] = [];
      for (const n of el.childNodes) {
        if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const l of range.getClientRects())
          if (l.width > 0) lines.push({ x: l.x, y: l.y, w: l.width, h: l.height });
      }
      items.push({
        tag: el.tagName.toLowerCase(),
        cls: el.getAttribute('class') ?? '',
        text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
        fontPx,
        inSlide: el.closest('section.slide') !== null,
        ariaHidden: el.closest('[aria-hidden="true"]') !== null,
        rect: { x: r.x, y: r.y, w: r.width, h: r.height },
        lines,
        overflow: overflow(el),
      });
    }
    const containers: string[] = [];
    for (const el of document.querySelectorAll('section.slide, section.slide > .s-slide')) {
      const o = overflow(el);
      if (o) containers.push(`${el.className}: ${o}`);
    }
    const stats = [...document.querySelectorAll('section.slide [data-stat-value]')].map((el) => ({
      value: Number(el.getAttribute('data-stat-value')),
      text: (el.textContent ?? '').trim(),
    }));
    const chrome = [...document.querySelectorAll('.language-button, .nav-arrow, .nav-dots')]
      .filter(visible)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.className, x: r.x, y: r.y, w: r.width, h: r.height };
      });
    return { items, containers, stats, chrome, viewport: { w: innerWidth, h: innerHeight } };
  });
}

type Rect = { x: number; y: number; w: number; h: number };
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Layout problems in the page as read: text under `minFontPx`, an element (or the slide)
 * whose content overflows it, text outside the viewport, slide text under a shell control.
 */
export function layoutProblems(t: PageText, minFontPx = 28): string[] {
  const problems: string[] = [...t.containers.map((c) => `container overflows: ${c}`)];
  const name = (i: TextItem) => `<${i.tag} class="${i.cls}"> "${i.text.slice(0, 40)}"`;
  for (const i of t.items) {
    if (i.fontPx < minFontPx - 0.01) problems.push(`font ${i.fontPx.toFixed(1)}px < ${minFontPx}px: ${name(i)}`);
    if (i.overflow) problems.push(`overflow ${i.overflow}: ${name(i)}`);
    const { x, y, w, h } = i.rect;
    if (x < -1 || y < -1 || x + w > t.viewport.w + 1 || y + h > t.viewport.h + 1)
      problems.push(
        `outside the viewport (${Math.round(x)},${Math.round(y)} ${Math.round(w)}×${Math.round(h)}): ${name(i)}`,
      );
    if (i.inSlide)
      for (const c of t.chrome)
        if ((i.lines.length ? i.lines : [i.rect]).some((l) => intersects(l, c)))
          problems.push(`under the control "${c.name}": ${name(i)}`);
  }
  return problems;
}

/** Numbers shown on the slide that do not parse back to a figure of the source. */
export function numberProblems(t: PageText, symbols: NumberSymbols, figures: Set<number>): string[] {
  const problems: string[] = [];
  for (const s of t.stats) {
    const parsed = parseLocaleNumbers(s.text, symbols);
    if (parsed.length !== 1 || parsed[0] !== s.value)
      problems.push(`stat "${s.text}" reads back as [${parsed.join(', ')}], not ${s.value}`);
    if (!figures.has(s.value)) problems.push(`stat value ${s.value} is not a figure of the source`);
  }
  for (const i of t.items) {
    if (!i.inSlide) continue;
    // Step ordinals (1, 2, 3 of the source's "three-step" plan) are decoration, checked elsewhere.
    if (i.cls.includes('s-step__index')) continue;
    for (const n of parseLocaleNumbers(i.text, symbols))
      if (!figures.has(n)) problems.push(`"${i.text.slice(0, 60)}" shows ${n}, which the source does not give`);
  }
  return problems;
}

/**
 * Waits until the slide `id` is the only one on stage and has settled: no finite animation
 * running, every text element fully opaque, every stat showing its final figure, and text
 * geometry unchanged between two frames. Event-driven, no wall-clock polling: it awaits each
 * running Web Animation's `finished` promise (motion's opacity/transform tweens are WAAPI
 * animations), then reads once per rendered frame (`requestAnimationFrame`) while JS-driven
 * values (the stat count-up) move. Returns false if it has not settled within `maxFrames` frames.
 */
export async function settleSlide(page: Page, id: string, symbols: NumberSymbols, maxFrames = 600): Promise<boolean> {
  await page.locator(`section.slide[data-slide-id="${id}"]`).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('section.slide').length === 1);
  let last = '';
  for (let frames = 0; frames < maxFrames;) {
    const state = await page.evaluate(async () => {
      const finite = () =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      // Each wait ends on an animation's own event; a cancelled one rejects, which is just as final.
      for (let running = finite(); running.length > 0; running = finite())
        await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const opacity = (el: Element | null): number => {
        let o = 1;
        for (let e = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
        return o;
      };
      const texts = [...document.querySelectorAll('section.slide *')].filter((el) =>
        [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
      );
      const faint = texts.filter((el) => opacity(el) < 0.999).length;
      const geometry = texts
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
        })
        .join(';');
      const stats = [...document.querySelectorAll('section.slide [data-stat-value]')].map((el) => ({
        value: Number(el.getAttribute('data-stat-value')),
        text: el.textContent ?? '',
      }));
      return { faint, geometry, stats };
    });
    frames++;
    const statsFinal = state.stats.every((s) => parseLocaleNumbers(s.text, symbols)[0] === s.value);
    if (state.faint === 0 && statsFinal && state.geometry === last) return true;
    last = state.geometry;
  }
  return false;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: Array<{ target: string[]; failureSummary?: string; any: Array<{ data?: unknown }> }>;
}

let axeSource: string | null = null;

/**
 * axe violations of impact serious or critical, plus every failure of 4.5:1 text contrast.
 * axe-core (the engine `@axe-core/playwright` wraps) is injected once per page and run in
 * place: the builder re-injects its half-megabyte source on every call, ten times slower.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The axe-core that @axe-core/playwright itself depends on, so the versions never differ.
    const fromWrapper = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
    axeSource ??= (fromWrapper('axe-core') as { source: string }).source;
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: string, opts: object): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run('.app', {
      resultTypes: ['violations'],
      // color-contrast-enhanced asks 4.5:1 of large text (ours is all ≥ 28 px, where plain
      // color-contrast would accept 3:1); the brief asks 4.5:1 everywhere.
      rules: { 'color-contrast-enhanced': { enabled: true } },
    });
    return JSON.parse(JSON.stringify(result.violations)) as unknown;
  });
  const out: string[] = [];
  for (const v of violations as AxeViolation[]) {
    const enhanced = v.id === 'color-contrast-enhanced';
    for (const node of v.nodes) {
      if (enhanced) {
        // Only the 4.5:1 threshold is ours to enforce, not AAA's 7:1 for small text.
        const data = node.any[0]?.data as { contrastRatio?: number } | undefined;
        if ((data?.contrastRatio ?? 0) >= 4.5) continue;
      } else if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      out.push(
        `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(0, 2).join(' ')}`,
      );
    }
  }
  return out;
}

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
