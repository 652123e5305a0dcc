import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content-box size in CSS px, watched with a ResizeObserver; 0 × 0 until measured.
 * Drawings that must meet laid-out text (the journey's path) are drawn in these pixels, because
 * a stretched view box would stretch the stroke and its dash pattern with it.
 */
export function useSize(ref: RefObject<Element | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const { width, height } = el.getBoundingClientRect();
      // Layout size, not the on-screen box: a slide mid-transition may be scaled by a transform.
      const w = el instanceof HTMLElement ? el.clientWidth : width;
      const h = el instanceof HTMLElement ? el.clientHeight : height;
      setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
