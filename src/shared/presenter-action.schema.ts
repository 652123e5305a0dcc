import { z } from 'zod';

/**
 * What the presenter window asks of main beyond deck commands (issue 16 item 4): the audience
 * screen's visitor controls, and swapping the two windows between displays. Validated in main
 * (the `presenter:action` channel) like every other call.
 */
export const PresenterAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setVisitorControls'), shown: z.boolean() }),
  z.object({ type: z.literal('swapDisplays') }),
]);
export type PresenterAction = z.infer<typeof PresenterAction>;

/**
 * `ok: false` with a reason the presenter view turns into its own words: swapping needs two
 * displays in present mode; visitor controls only exist to hide in present mode.
 */
export type PresenterActionResult = { ok: true } | { ok: false; reason: 'one-display' | 'not-present-mode' };
