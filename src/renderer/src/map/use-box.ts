import { startTransition, useEffect, useState, type RefObject } from 'react';

/** The measured box of an element and the stage unit `--u` (px) that applies inside it. */
export interface MeasuredBox {
  width: number;
  height: number;
  unit: number;
  /** Font shorthand of the element, for measuring label text on a canvas. */
  font: string;
}

/**
 * Watches an element's size with a ResizeObserver; zero until first measured. `fontKey` (the
 * locale) re-reads the font when the language changes without the box changing size.
 */
export function useBox(ref: RefObject<HTMLElement | null>, fontKey = ''): MeasuredBox {
  const [box, setBox] = useState<MeasuredBox>({ width: 0, height: 0, unit: 10, font: '' });
  // A passive effect, not a layout effect: a state set in a layout effect renders again inside
  // the same task, so the map's first layout (projection, label placement, its SVG) ran in the
  // slide's mount task, one task of 78 ms CPU in the attract loop (issue 19). Measured after the
  // mount's paint, the layout renders in tasks of its own; the map is empty until then.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const cs = getComputedStyle(el);
      const unit = parseFloat(cs.getPropertyValue('--u')) || Math.min(el.clientWidth, el.clientHeight) / 60 || 10;
      const font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // A transition: React renders the map (its layout and a few hundred SVG nodes) in slices
      // that yield to the page every few ms, not in one task.
      startTransition(() =>
        setBox((b) =>
          b.width === el.clientWidth && b.height === el.clientHeight && b.unit === unit && b.font === font
            ? b
            : { width: el.clientWidth, height: el.clientHeight, unit, font },
        ),
      );
    };
    // The observer's first call comes after the frame's own layout: measuring here at once would
    // force the new slide's style and layout inside the task that mounts it.
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fontKey]);
  return box;
}

/**
 * A fresh `{ font }` each time `font` has loaded for `text` (and whenever more fonts finish
 * loading), so label widths measured with a fallback font are measured again in the real one.
 */
export function useLoadedFont(font: string, text: string): { font: string } {
  const [loaded, setLoaded] = useState({ font: '' });
  useEffect(() => {
    if (!font || typeof document.fonts === 'undefined') return;
    let live = true;
    const bump = (): void => {
      if (live) setLoaded({ font });
    };
    document.fonts.load(font, text).then(bump, () => undefined);
    document.fonts.addEventListener('loadingdone', bump);
    return () => {
      live = false;
      document.fonts.removeEventListener('loadingdone', bump);
    };
  }, [font, text]);
  return loaded;
}

let canvas: HTMLCanvasElement | null = null;

/** Width of a text in px for a CSS font, measured on an offscreen canvas (estimate if no canvas). */
export function measureText(text: string, font: string, fontSizePx: number): number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx || !font) return text.length * fontSizePx * 0.62;
  ctx.font = font;
  return ctx.measureText(text).width;
}
