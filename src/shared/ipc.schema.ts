/**
 * The IPC contract's argument schemas: main validates every renderer call with these at run time
 * (src/main/ipc-dispatch.ts). zod lives here, so the renderer and the preload import only types
 * from this file (eslint bans value imports of `*.schema` modules there); the result and event
 * types are in ipc.ts.
 */
import { z } from 'zod';
import { DeckCommand } from './deck/actions.schema';
import { PIN_PATTERN, PIN_RULE_TEXT } from './pin-rule';
import { PresenterAction } from './presenter-action.schema';

export const ViewReport = z.object({
  level: z.enum(['info', 'warn', 'error']),
  message: z.string().max(2000),
  slideId: z.string().max(100).optional(),
});
export type ViewReport = z.infer<typeof ViewReport>;

/** What the operator overlay can do once unlocked (pause, resume, content reload, export, exit). */
export const OperatorAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('reloadContent') }),
  /**
   * The analytics CSV: into user data's exports folder, or (`drive`) onto a removable drive main
   * lists itself (`exportTargets.drives`), or (`picker`, window mode) a folder the person picks.
   */
  z.object({
    type: z.literal('exportAnalytics'),
    drive: z.string().min(1).max(4096).optional(),
    picker: z.boolean().optional(),
  }),
  z.object({ type: z.literal('exit') }),
  /** Opening hours by hand: open or closed until the next scheduled change; null: follow the hours again. */
  z.object({ type: z.literal('setOpenOverride'), open: z.boolean().nullable() }),
  /** Imports the pack in `dir`, which must be one main listed in `contentImport.drivePacks` (content-import.ts). */
  z.object({ type: z.literal('importContent'), dir: z.string().min(1).max(4096) }),
  /** Window mode: main asks for a folder with the system's folder picker, then imports it. */
  z.object({ type: z.literal('importContentFromPicker') }),
  /** Swaps back to the pack the last import replaced. */
  z.object({ type: z.literal('rollbackContent') }),
  /** A PDF handout of the deck (one A4-landscape page per slide) in user data's exports folder. */
  z.object({
    type: z.literal('exportHandout'),
    locale: z.string().min(2).max(16).nullable(),
    notes: z.boolean(),
  }),
  /** Sets (or changes) the operator PIN: main stores only its salted hash, in its own file in user data. */
  z.object({ type: z.literal('setPin'), pin: z.string().regex(PIN_PATTERN, PIN_RULE_TEXT) }),
]);
export type OperatorAction = z.infer<typeof OperatorAction>;

/** Argument schemas per invoke channel (a tuple: the arguments in order). */
export const invokeArgs = {
  'deck:get': z.tuple([]),
  'deck:command': z.tuple([DeckCommand]),
  'view:report': z.tuple([ViewReport]),
  'operator:unlock': z.tuple([z.string().max(32)]),
  'operator:status': z.tuple([]),
  'operator:action': z.tuple([OperatorAction]),
  'operator:lock': z.tuple([]),
  'presenter:action': z.tuple([PresenterAction]),
} as const;

export type InvokeChannel = keyof typeof invokeArgs;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeArgs)[C]>;
