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
  let latestSnapshot: DeckSnapshot | null = null;
  let latestState: DeckState | null = null;
  const offSnapshot = transport.on('deck:snapshot', (s) => (latestSnapshot = s as DeckSnapshot));
  const offState = transport.on('deck:state', (s) => (latestState = s as DeckState));
  const fetched = transport.invoke('deck:get') as Promise<DeckSnapshot>;
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

/** Builds the API over a transport. Shared so the preload and the test harness expose the same object. */
export function createShowcaseApi(transport: Transport, options: ApiOptions = {}): ShowcaseApi {
  let early = (options.prefetchDeck ?? isDeckView()) ? requestDeckEarly(transport) : null;
  return Object.freeze({
    getDeck: () => {
      // The early answer once (a reload builds a new API); every later call asks main afresh.
      const take = early;
      early = null;
      return take ? take() : (transport.invoke('deck:get') as Promise<DeckSnapshot>);
    },
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
