/**
 * What text a settled slide shows and where: every visible text element of `.app` with its
 * geometry, then the checks on it — too small, overflowing, off screen, under the shell's
 * controls — and whether every number on it reads back to a figure of the source.
 */
import type { Page } from '@playwright/test';
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
