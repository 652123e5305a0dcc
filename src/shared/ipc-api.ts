/**
 * The API object the renderer sees as `window.showcase`, built over a transport. Only type
 * imports here: the sandboxed preload bundles this file and cannot `require` packages.
 */
import type { DeckCommand, DeckState } from './deck';
import type {
  DeckSnapshot,
  EventChannel,
  EventPayloads,
  InvokeChannel,
  OperatorAction,
  OperatorActionResult,
  OperatorStatus,
  UnlockResult,
  ViewReport,
} from './ipc';

export const EVENT_CHANNELS: readonly EventChannel[] = ['deck:state', 'deck:snapshot', 'operator:open'];

/** The transport the API is built on: Electron IPC in the preload, a bridge in the Chromium harness. */
export interface Transport {
  invoke(channel: InvokeChannel, ...args: unknown[]): Promise<unknown>;
  on(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

/** The one API the renderer sees as `window.showcase`. */
export interface ShowcaseApi {
  getDeck(): Promise<DeckSnapshot>;
  command(command: DeckCommand): Promise<DeckState>;
  report(report: ViewReport): Promise<void>;
  /** Checks an operator PIN in main; on success this window may use the calls below. */
  unlockOperator(pin: string): Promise<UnlockResult>;
  operatorStatus(): Promise<OperatorStatus>;
  operatorAction(action: OperatorAction): Promise<OperatorActionResult>;
  lockOperator(): Promise<void>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** Builds the API over a transport. Shared so the preload and the test harness expose the same object. */
export function createShowcaseApi(transport: Transport): ShowcaseApi {
  return Object.freeze({
    getDeck: () => transport.invoke('deck:get') as Promise<DeckSnapshot>,
    command: (command: DeckCommand) => transport.invoke('deck:command', command) as Promise<DeckState>,
    report: (report: ViewReport) => transport.invoke('view:report', report) as Promise<void>,
    unlockOperator: (pin: string) => transport.invoke('operator:unlock', pin) as Promise<UnlockResult>,
    operatorStatus: () => transport.invoke('operator:status') as Promise<OperatorStatus>,
    operatorAction: (action: OperatorAction) =>
      transport.invoke('operator:action', action) as Promise<OperatorActionResult>,
    lockOperator: () => transport.invoke('operator:lock') as Promise<void>,
    on: <E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void) => {
      if (!EVENT_CHANNELS.includes(event)) throw new Error(`unknown event ${String(event)}`);
      return transport.on(event, listener as (payload: unknown) => void);
    },
  });
}
