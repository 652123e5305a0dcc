/**
 * THE deck state. Owns the reducer's state, turns time into actions (attract advance, idle
 * timeout, countdown) on an injected clock, and tells its subscribers every new state (runtime.ts
 * subscribes and app.ts sends it to the windows). Imports no `electron`: the Chromium harness runs
 * this very module.
 */
import { deckReducer, initialDeckState, type DeckAction, type DeckState, type Mode } from '../shared/deck';

export interface DeckTiming {
  mode: Mode;
  /** Per-slide attract durations, in ms. */
  durationsMs: readonly number[];
  locales: readonly string[];
  defaultLocale: string;
  idleSeconds: number;
  countdownSeconds: number;
}

export interface DeckControllerDeps {
  clock: import('./clock').Clock;
  timing: DeckTiming;
  /** Divides every wait (bench and soak play the loop accelerated). */
  speed?: number;
  /**
   * True while someone operates the kiosk (an unlocked operator panel): the idle return waits, and a
   * countdown already running goes back to interactive — the panel covers the screen, so nobody
   * could touch to stay. Checked when the idle wait ends; the wait starts over while it holds.
   */
  idleHeld?: () => boolean;
}

export type StateListener = (state: DeckState, action: DeckAction) => void;

export interface DeckController {
  getState(): DeckState;
  dispatch(action: DeckAction): DeckState;
  subscribe(listener: StateListener): () => void;
  /** New content (pack reloaded): keep mode, start again at the first slide. */
  replaceTiming(timing: DeckTiming): void;
  dispose(): void;
}

/** Actions that are not someone at the screen: they never restart the idle wait (a film's end included). */
const UNTOUCHED = new Set<DeckAction['type']>(['tick', 'countdownTick', 'idleTimeout', 'mediaEnded']);

/** Creates the one deck controller of the app. */
export function createDeckController({
  clock,
  timing: initialTiming,
  speed = 1,
  idleHeld = () => false,
}: DeckControllerDeps): DeckController {
  let timing = initialTiming;
  let state = initialDeckState({ ...timing, slideCount: timing.durationsMs.length });
  let timer: unknown = null;
  const listeners = new Set<StateListener>();

  const wait = (ms: number, action: DeckAction) => {
    timer = clock.setTimeout(() => {
      timer = null;
      if (action.type === 'idleTimeout' && idleHeld()) return schedule();
      if (action.type === 'countdownTick' && idleHeld()) return void dispatch({ type: 'input' });
      dispatch(action);
    }, ms / speed);
  };

  /** One timer at a time, chosen from the state: the reducer decides, the controller only waits. */
  function schedule(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (state.mode === 'present') return;
    switch (state.phase) {
      case 'attract':
        if (!state.paused) wait(timing.durationsMs[state.index] ?? 10_000, { type: 'tick' });
        return;
      case 'interactive':
        wait(timing.idleSeconds * 1000, { type: 'idleTimeout' });
        return;
      case 'countdown':
        wait(1000, { type: 'countdownTick' });
        return;
      case 'closed':
        return;
    }
  }

  function dispatch(action: DeckAction): DeckState {
    const previous = state;
    state = deckReducer(state, action, timing.countdownSeconds);
    // Input in interactive mode changes no state but must restart the idle wait; in attract a
    // no-op command must not restart the slide's wait (a chatty view could hold the loop).
    const touched = !UNTOUCHED.has(action.type);
    if (state !== previous || (touched && state.phase === 'interactive')) schedule();
    if (state !== previous) for (const listener of listeners) listener(state, action);
    return state;
  }

  schedule();
  return {
    getState: () => state,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replaceTiming(next) {
      timing = next;
      const fresh = initialDeckState({ ...next, slideCount: next.durationsMs.length });
      state = { ...fresh, revision: state.revision + 1 };
      schedule();
      for (const listener of listeners) listener(state, { type: 'reset' });
    },
    dispose() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      listeners.clear();
    },
  };
}

/** Attract timing from a deck's slides. */
export function timingFromDeck(
  deck: { slides: ReadonlyArray<{ durationSeconds: number }>; locales: readonly string[]; defaultLocale: string },
  settings: { mode: Mode; idleSeconds: number; countdownSeconds: number; locale: string | null },
): DeckTiming {
  const defaultLocale =
    settings.locale && deck.locales.includes(settings.locale) ? settings.locale : deck.defaultLocale;
  return {
    mode: settings.mode,
    durationsMs: deck.slides.map((s) => s.durationSeconds * 1000),
    locales: deck.locales,
    defaultLocale,
    idleSeconds: settings.idleSeconds,
    countdownSeconds: settings.countdownSeconds,
  };
}
