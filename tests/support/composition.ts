/**
 * Measures how a settled slide is composed: how much of the usable height (between the bottom of
 * the top controls and the top of the navigation) its content spans, the computed size of its
 * hero figures, and the journey's step names with their boxes.
 */
import type { Page } from '@playwright/test';

export interface Span {
  /** Content span ÷ usable height. */
  ratio: number;
  top: number;
  bottom: number;
  usableTop: number;
  usableBottom: number;
}

/**
 * What counts as content: text (its line boxes), drawings (an svg's drawn geometry, `getBBox`
 * mapped to the screen, not its box, which may be mostly empty), images and video, and other
 * visible leaf boxes (the closing slide's touch dot). Not content: anything marked
 * `data-backdrop` (the title's orbit lines, the closing ripple), invisible sizers.
 */
export function contentSpan(page: Page): Promise<Span> {
  return page.evaluate(() => {
    const slide = document.querySelector('section.slide .s-slide')!;
    const boxes: Array<{ top: number; bottom: number }> = [];
    const visible = (el: Element) =>
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !el.closest('[data-backdrop]');
    for (const el of slide.querySelectorAll('*')) {
      if (!visible(el)) continue;
      if (el instanceof SVGSVGElement && !el.ownerSVGElement) {
        const b = el.getBBox();
        const m = el.getScreenCTM();
        if (!m || b.height === 0) continue;
        const ys = [b.y, b.y + b.height].map((y) => new DOMPoint(b.x, y).matrixTransform(m).y);
        boxes.push({ top: Math.min(...ys), bottom: Math.max(...ys) });
        continue;
      }
      if (el instanceof SVGElement) continue; // measured with its svg
      for (const n of el.childNodes) {
        if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.height > 0) boxes.push({ top: r.top, bottom: r.bottom });
      }
      const r = el.getBoundingClientRect();
      const leaf = el.children.length === 0 && !el.textContent?.trim();
      if ((leaf || ['IMG', 'VIDEO', 'CANVAS'].includes(el.tagName)) && r.width > 0 && r.height > 0)
        boxes.push({ top: r.top, bottom: r.bottom });
    }
    const rects = (sel: string) =>
      [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect());
    const top = rects('.language-button');
    const nav = rects('.nav-arrow, .nav-dots');
    const usableTop = top.length ? Math.max(...top.map((r) => r.bottom)) : 0;
    const usableBottom = nav.length ? Math.min(...nav.map((r) => r.top)) : innerHeight;
    const first = Math.min(...boxes.map((b) => b.top));
    const last = Math.max(...boxes.map((b) => b.bottom));
    return {
      ratio: (last - first) / (usableBottom - usableTop),
      top: first,
      bottom: last,
      usableTop,
      usableBottom,
    };
  });
}

/** Computed font sizes (px) of the figures on the slide, with their text. */
export function figureSizes(page: Page): Promise<Array<{ text: string; px: number }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('section.slide [data-stat-value]')].map((el) => ({
      text: (el.textContent ?? '').trim(),
      px: parseFloat(getComputedStyle(el).fontSize),
    })),
  );
}

/** The journey's step names in DOM order with their boxes. */
export function journeySteps(page: Page): Promise<Array<{ text: string; x: number; y: number; w: number }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('section.slide .s-step__label')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: (el.textContent ?? '').trim(), x: r.x, y: r.y, w: r.width };
    }),
  );
}

/**
 * Starts recording how much of the journey's path is drawn, from before the slide exists: a
 * MutationObserver notes the drawn fraction (the visible dash of a path whose pathLength is 1)
 * on every attribute write. Read it back with {@link drawnSeen}.
 */
export async function recordJourneyDrawing(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __drawn: number[] }).__drawn = seen;
    const note = (el: Element) => {
      if (!el.classList.contains('s-journey__path')) return;
      const dash = el.getAttribute('stroke-dasharray');
      seen.push(dash ? parseFloat(dash.split(/[ ,]+/)[0]) : 1);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element) note(r.target);
        for (const n of r.addedNodes)
          if (n instanceof Element) [n, ...n.querySelectorAll('.s-journey__path')].forEach(note);
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['stroke-dasharray'],
    });
  });
}

/** The drawn fractions recorded so far, and the path's fraction now. */
export function drawnSeen(page: Page): Promise<{ seen: number[]; now: number | null }> {
  return page.evaluate(() => {
    const el = document.querySelector('section.slide .s-journey__path');
    const dash = el?.getAttribute('stroke-dasharray');
    return {
      seen: (window as unknown as { __drawn: number[] }).__drawn,
      now: el ? (dash ? parseFloat(dash.split(/[ ,]+/)[0]) : 1) : null,
    };
  });
}
