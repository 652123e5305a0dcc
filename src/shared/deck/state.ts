import type { Mode } from './mode.schema';

// The schema is in mode.schema.ts (zod); this module stays zod-free for the renderer.
export type { Mode } from './mode.schema';

/**
 * attract: the loop plays by itself; interactive: a visitor or presenter drives;
 * countdown: idle, about to return to the start; closed: outside opening hours.
 */
export type Phase = 'attract' | 'interactive' | 'countdown' | 'closed';

export interface DeckState {
  mode: Mode;
  phase: Phase;
  index: number;
  slideCount: number;
  locale: string;
  defaultLocale: string;
  locales: readonly string[];
  /** Operator pause: the attract loop holds on the current slide. */
  paused: boolean;
  /** Screen blacked out (the `B` key of presentation clickers); present mode only, never in kiosk/window. */
  blackout: boolean;
  /** Seconds left before returning to the start, while phase is `countdown`. */
  countdownRemaining: number;
  /** Bumped on every change, so views can ignore stale broadcasts. */
  revision: number;
}

export interface DeckConfig {
  mode: Mode;
  slideCount: number;
  locales: readonly string[];
  defaultLocale: string;
  countdownSeconds: number;
}

/** The state a deck starts in: first slide, default language, attract loop (manual in present mode). */
export function initialDeckState(config: DeckConfig): DeckState {
  return {
    mode: config.mode,
    phase: config.mode === 'present' ? 'interactive' : 'attract',
    index: 0,
    slideCount: Math.max(1, config.slideCount),
    locale: config.defaultLocale,
    defaultLocale: config.defaultLocale,
    locales: config.locales,
    paused: false,
    blackout: false,
    countdownRemaining: config.countdownSeconds,
    revision: 0,
  };
}
