import { z } from 'zod';

/** What a window may ask of the deck (validated in main before it reaches the reducer). */
export const DeckCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('prev') }),
  z.object({ type: z.literal('first') }),
  z.object({ type: z.literal('last') }),
  z.object({ type: z.literal('goto'), index: z.int().min(0).max(10_000) }),
  z.object({ type: z.literal('input') }),
  z.object({ type: z.literal('setLocale'), locale: z.string().min(2).max(16) }),
  z.object({ type: z.literal('toggleBlackout') }),
  /** A view could not render slide `from`: move on without taking over the loop. */
  z.object({ type: z.literal('skip'), from: z.int().min(0).max(10_000) }),
  /**
   * A film played once ended on slide `index`: the attract loop moves on now rather than at the
   * slide's duration. A report, not visitor input: it never takes over the loop or wakes the idle wait.
   */
  z.object({ type: z.literal('mediaEnded'), index: z.int().min(0).max(10_000) }),
]);
export type DeckCommand = z.infer<typeof DeckCommand>;

/** Everything the reducer understands: window commands plus what only main's timers and operator send. */
export type DeckAction =
  | DeckCommand
  | { type: 'tick' }
  | { type: 'idleTimeout' }
  | { type: 'countdownTick' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'setOpen'; open: boolean }
  | { type: 'reset' };
