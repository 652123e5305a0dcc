/**
 * The API object the renderer sees as `window.showcase`, built over a transport and derived from
 * the contract in ipc.ts: each invoke channel has one method (`INVOKE_METHODS`), whose arguments
 * are the channel's `InvokeArgs` and whose answer is its `InvokeResults` entry — change either and
 * the renderer stops compiling where it relies on the old shape. Only type imports here: the
 * sandboxed preload bundles this file and cannot `require` packages.
 */
import type { DeckSnapshot, EventChannel, EventPayloads, InvokeArgs, InvokeChannel, InvokeResults } from './ipc';

/** The renderer's method for each invoke channel (every channel has one; a missing one fails to compile). */
export const INVOKE_METHODS = {
  'deck:get': 'getDeck',
  'deck:command': 'command',
  'view:report': 'report',
  /** Checks an operator PIN in main; on success this window may use the operator calls. */
  'operator:unlock': 'unlockOperator',
  'operator:status': 'operatorStatus',
  'operator:action': 'operatorAction',
  'operator:lock': 'lockOperator',
  'presenter:action': 'presenterAction',
} as const satisfies Record<InvokeChannel, string>;

/** Every main → renderer event, once (a missing or unknown one fails to compile). */
const EVENTS = { 'deck:state': true, 'deck:snapshot': true, 'operator:open': true } as const satisfies Record<
  EventChannel,
  true
>;
export const EVENT_CHANNELS: readonly EventChannel[] = Object.freeze(Object.keys(EVENTS) as EventChannel[]);

/** The invoke methods for a given table of results (`InvokeResults`, or a changed one in the type test). */
export type InvokeApi<Results extends Record<InvokeChannel, unknown> = InvokeResults> = {
  [C in InvokeChannel as (typeof INVOKE_METHODS)[C]]: (...args: InvokeArgs<C>) => Promise<Results[C]>;
};

/** The one API the renderer sees as `window.showcase`. */
export interface ShowcaseApi extends InvokeApi {
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/**
 * The transport the API is built on: Electron IPC in the preload, a bridge in the Chromium
 * harness. It is the wire (structured clones), so it is untyped; {@link invoke} types its answers.
 */
export interface Transport {
  invoke(channel: InvokeChannel, ...args: unknown[]): Promise<unknown>;
  on(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

/**
 * The one place a wire answer takes its contract type: main answers `channel` with its
 * `InvokeHandlers` entry, which returns `InvokeResults[C]` (ipc.ts).
 */
function invoke<C extends InvokeChannel>(transport: Transport, channel: C, ...args: InvokeArgs<C>) {
  return transport.invoke(channel, ...args) as Promise<InvokeResults[C]>;
}

/** A method that sends its arguments to `channel` as they are. */
function method<C extends InvokeChannel>(transport: Transport, channel: C) {
  return (...args: InvokeArgs<C>) => invoke(transport, channel, ...args);
}

export interface ApiOptions {
  /**
   * Ask main for the deck as soon as the API is built (in Electron: when the preload runs, before
   * the page's scripts have even been fetched), so the first `getDeck()` is answered without a
   * round trip after the scripts run (issue 19). Default: only in a deck view, a page opened
   * with `?role=audience` or `?role=presenter` (main opens every window so); never elsewhere.
   */
  prefetchDeck?: boolean;
}

/** The view's role in the page's own address, if it is a deck view. */
function isDeckView(): boolean {
  const search = (globalThis as { location?: { search?: unknown } }).location?.search;
  return typeof search === 'string' && /[?&]role=(audience|presenter)(&|$)/.test(search);
}

/**
 * The deck request made when the API was built, and every broadcast main sent until it was
 * answered and taken: the first `getDeck()` gets the newest of them, so nothing sent in between
 * is lost.
 */
function requestDeckEarly(transport: Transport): () => Promise<DeckSnapshot> {
  let latestSnapshot: EventPayloads['deck:snapshot'] | null = null;
  let latestState: EventPayloads['deck:state'] | null = null;
  const offSnapshot = on(transport, 'deck:snapshot', (s) => (latestSnapshot = s));
  const offState = on(transport, 'deck:state', (s) => (latestState = s));
  const fetched = invoke(transport, 'deck:get');
  // Handled when taken; this only keeps a failure nobody took yet from being reported as unhandled.
  fetched.catch(() => undefined);
  // Listening lasts until the answer is both in and taken: the taker subscribes when it takes,
  // so every broadcast is seen by one of us (twice at worst; revisions sort that out).
  return () =>
    fetched
      .then((answer) => {
        const snapshot = latestSnapshot ?? answer;
        const state = latestState;
        return state && state.revision >= snapshot.state.revision ? { ...snapshot, state } : snapshot;
      })
      .finally(() => {
        offSnapshot();
        offState();
      });
}

/** Subscribes to a contract event; its payload is the event's `EventPayloads` entry (main's `broadcast` sends it so). */
function on<E extends EventChannel>(transport: Transport, event: E, listener: (payload: EventPayloads[E]) => void) {
  if (!Object.hasOwn(EVENTS, event)) throw new Error(`unknown event ${String(event)}`);
  return transport.on(event, listener as (payload: unknown) => void);
}

/** Builds the API over a transport. Shared so the preload and the test harness expose the same object. */
export function createShowcaseApi(transport: Transport, options: ApiOptions = {}): ShowcaseApi {
  let early = (options.prefetchDeck ?? isDeckView()) ? requestDeckEarly(transport) : null;
  const api: ShowcaseApi = {
    getDeck: () => {
      // The early answer once (a reload builds a new API); every later call asks main afresh.
      const take = early;
      early = null;
      return take ? take() : invoke(transport, 'deck:get');
    },
    command: method(transport, 'deck:command'),
    report: method(transport, 'view:report'),
    unlockOperator: method(transport, 'operator:unlock'),
    operatorStatus: method(transport, 'operator:status'),
    operatorAction: method(transport, 'operator:action'),
    lockOperator: method(transport, 'operator:lock'),
    presenterAction: method(transport, 'presenter:action'),
    on: (event, listener) => on(transport, event, listener),
  };
  return Object.freeze(api);
}
