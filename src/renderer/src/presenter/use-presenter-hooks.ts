import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { elapsed, parseStopwatch, pause, reset, start, startOnAdvance, STOPPED, type Stopwatch } from './stopwatch';

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
const NOTES_ZOOM_KEY = 'showcase.presenter.notesZoom';
const TARGET_KEY = 'showcase.presenter.targetMinutes';
const LANGUAGE_KEY = 'showcase.presenter.language';

type Store = 'sessionStorage' | 'localStorage';
function readStore(key: string, store: Store = 'sessionStorage'): string | null {
  try {
    return window[store].getItem(key);
  } catch {
    return null;
  }
}
function writeStore(key: string, value: string | null, store: Store = 'sessionStorage'): void {
  try {
    if (value === null) window[store].removeItem(key);
    else window[store].setItem(key, value);
  } catch {
    // Storage can be unavailable; the setting then lasts until the window reloads.
  }
}
const readSession = (key: string) => readStore(key);
const writeSession = (key: string, value: string | null) => writeStore(key, value);

/** The presenter's stopwatch: local to this window, kept across a reload of it. */
export function useStopwatch(): {
  elapsedMs: number;
  /** The last tick's `Date.now()`, for the wall clock beside the timer. */
  now: number;
  running: boolean;
  start(): void;
  pause(): void;
  reset(): void;
  /** A slide change: starts a stopwatch stopped at zero (the talk has begun). */
  advanced(): void;
  /** End show: back to zero, stopped, so the next talk's first advance starts it again. */
  stop(): void;
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
    advanced: useCallback(() => change(startOnAdvance), [change]),
    stop: useCallback(() => change(() => STOPPED), [change]),
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

/** Notes text sizes (A− / A+), as factors of the base size; the base (24 px floor) is index 1. */
export const NOTES_ZOOM_STEPS = [0.85, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;

/** The notes zoom step: kept for this window's session, like the notes language. */
export function useNotesZoom(): [number, (delta: -1 | 1) => void] {
  const [step, setStep] = useState(() => {
    const raw = readSession(NOTES_ZOOM_KEY);
    const stored = raw === null ? NaN : Number(raw);
    return Number.isInteger(stored) && stored >= 0 && stored < NOTES_ZOOM_STEPS.length ? stored : 1;
  });
  const change = useCallback((delta: -1 | 1) => {
    setStep((s) => {
      const next = Math.min(NOTES_ZOOM_STEPS.length - 1, Math.max(0, s + delta));
      writeSession(NOTES_ZOOM_KEY, String(next));
      return next;
    });
  }, []);
  return [step, change];
}

/** Target durations offered (minutes); 0 is "no target". */
export const TARGET_MINUTES = [0, 5, 10, 15, 20, 30, 45, 60, 90] as const;

/** The talk's target duration in minutes (0: none), kept for this window's session. */
export function useTargetMinutes(): [number, (minutes: number) => void] {
  const [minutes, setMinutes] = useState(() => {
    const stored = Number(readSession(TARGET_KEY));
    return (TARGET_MINUTES as readonly number[]).includes(stored) ? stored : 0;
  });
  const choose = useCallback((m: number) => {
    setMinutes(m);
    writeSession(TARGET_KEY, String(m));
  }, []);
  return [minutes, choose];
}

/**
 * The presenter's own UI language, when picked: kept on this PC (localStorage), apart from the
 * deck's locale in main, so switching the audience's language never touches it. Null: the PC's.
 */
export function usePresenterLanguage(locales: readonly string[]): [string | null, (locale: string | null) => void] {
  const [chosen, setChosen] = useState<string | null>(() => {
    const stored = readStore(LANGUAGE_KEY, 'localStorage');
    return stored && locales.includes(stored) ? stored : null;
  });
  const choose = useCallback((locale: string | null) => {
    setChosen(locale);
    writeStore(LANGUAGE_KEY, locale, 'localStorage');
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
