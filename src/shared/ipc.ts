/**
 * THE IPC contract. Main's handlers, the preload bridge and the renderer all take their
 * types from here; main also validates every argument at run time with these schemas.
 */
import { z } from 'zod';
import type { Deck } from './content/deck-schema';
import type { Problem } from './content/problems';
import { DeckCommand } from './deck/actions';
import type { DeckState } from './deck/state';

export const ViewReport = z.object({
  level: z.enum(['info', 'warn', 'error']),
  message: z.string().max(2000),
  slideId: z.string().max(100).optional(),
});
export type ViewReport = z.infer<typeof ViewReport>;

/** Which view a window shows. */
export type ViewRole = 'audience' | 'presenter';

/** Everything a freshly (re)loaded window needs to draw the current moment. */
export interface DeckSnapshot {
  deck: Deck;
  state: DeckState;
  /** `bundled`: the pack that ships with the app; `custom`: an exhibitor's pack. */
  contentOrigin: 'bundled' | 'custom';
  /** ok; fallback: a custom pack failed and the bundled one plays; out-of-service: nothing valid. */
  status: 'ok' | 'fallback' | 'out-of-service';
  problems: Problem[];
  reducedMotion: boolean;
}

/** Argument schemas per invoke channel (a tuple: the arguments in order). */
export const invokeArgs = {
  'deck:get': z.tuple([]),
  'deck:command': z.tuple([DeckCommand]),
  'view:report': z.tuple([ViewReport]),
} as const;

export type InvokeChannel = keyof typeof invokeArgs;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeArgs)[C]>;

/** What each invoke channel resolves to. */
export interface InvokeResults {
  'deck:get': DeckSnapshot;
  'deck:command': DeckState;
  'view:report': void;
}

/** Main's side: one handler per channel, plain functions (no Electron types). */
export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: InvokeArgs<C>) => InvokeResults[C] | Promise<InvokeResults[C]>;
};

/** Main → renderer events. */
export interface EventPayloads {
  'deck:state': DeckState;
  /** Content or status changed (e.g. a pack reloaded): views fetch anew. */
  'deck:snapshot': DeckSnapshot;
}
export type EventChannel = keyof EventPayloads;

// The renderer-facing API lives apart so the sandboxed preload bundles no zod.
export * from './ipc-api';
