/** When a slide has settled: the wait every in-page check of a slide starts with. */
import type { Page } from '@playwright/test';
import { parseLocaleNumbers, type NumberSymbols } from './locale-numbers';

/**
 * The slide `id` once it is drawn, not just framed: its own code may still be loading (a lazy
 * chunk), shown as an empty busy placeholder inside the slide (slides/index.tsx).
 */
export const drawnSlide = (id: string): string => `section.slide[data-slide-id="${id}"]:not(:has([aria-busy="true"]))`;

/**
 * Waits until the slide `id` is the only one on stage and has settled: no finite animation
 * running, every text element fully opaque, every stat showing its final figure, and text
 * geometry unchanged between two frames. Event-driven, no wall-clock polling: it awaits each
 * running Web Animation's `finished` promise (motion's opacity/transform tweens are WAAPI
 * animations), then reads once per rendered frame (`requestAnimationFrame`) while JS-driven
 * values (the stat count-up) move. Returns false if it has not settled within `maxFrames` frames.
 */
export async function settleSlide(page: Page, id: string, symbols: NumberSymbols, maxFrames = 600): Promise<boolean> {
  await page.locator(drawnSlide(id)).waitFor();
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
