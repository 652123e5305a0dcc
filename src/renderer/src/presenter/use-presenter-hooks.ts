import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { elapsed, parseStopwatch, pause, reset, start, type Stopwatch } from './stopwatch';

/**
 * `Date.now()`, re-read every `intervalMs`. Date (not performance.now) so Playwright's
 * `page.clock` can drive the presenter's timers in tests.
 */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

const STOPWATCH_KEY = 'showcase.presenter.stopwatch';
const NOTES_KEY = 'showcase.presenter.notesLocale';

function readSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeSession(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Storage can be unavailable; the setting then lasts until the window reloads.
  }
}

/** The presenter's stopwatch: local to this window, kept across a reload of it. */
export function useStopwatch(): {
  elapsedMs: number;
  /** The last tick's `Date.now()`, for the wall clock beside the timer. */
  now: number;
  running: boolean;
  start(): void;
  pause(): void;
  reset(): void;
} {
  const [watch, setWatch] = useState<Stopwatch>(() => parseStopwatch(readSession(STOPWATCH_KEY)));
  // A quarter-second tick keeps the seconds display within a frame or so of the truth.
  const now = useNow(250);
  useEffect(() => writeSession(STOPWATCH_KEY, JSON.stringify(watch)), [watch]);
  const change = useCallback((f: (w: Stopwatch, now: number) => Stopwatch) => setWatch((w) => f(w, Date.now())), []);
  return {
    elapsedMs: elapsed(watch, now),
    now,
    running: watch.since !== null,
    start: useCallback(() => change(start), [change]),
    pause: useCallback(() => change(pause), [change]),
    reset: useCallback(() => change(reset), [change]),
  };
}

/**
 * The notes language: null follows the deck's locale (main's state); a pick is kept only in
 * this window, for this session.
 */
export function useNotesLocale(locales: readonly string[]): [string | null, (locale: string | null) => void] {
  const [chosen, setChosen] = useState<string | null>(() => {
    const stored = readSession(NOTES_KEY);
    return stored && locales.includes(stored) ? stored : null;
  });
  const choose = useCallback((locale: string | null) => {
    setChosen(locale);
    writeSession(NOTES_KEY, locale);
  }, []);
  return [chosen, choose];
}

/** The largest 16:9 box that fits inside an element, re-measured when the element resizes. */
export function useFitBox(ref: RefObject<HTMLElement | null>, ratio = 16 / 9): { width: number; height: number } {
  const [box, setBox] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      const width = Math.floor(Math.min(w, h * ratio));
      const height = Math.floor(width / ratio);
      setBox((b) => (b.width === width && b.height === height ? b : { width, height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, ratio]);
  return box;
}
