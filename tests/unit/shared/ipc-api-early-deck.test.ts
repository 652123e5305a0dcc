/**
 * The deck asked for when the API is built (issue 19): the preload's request is answered before
 * the page's scripts run, the first getDeck() takes that answer without a second round trip, and
 * no broadcast sent meanwhile is lost.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShowcaseApi, type Transport } from '../../../src/shared/ipc-api';
import type { DeckSnapshot } from '../../../src/shared/ipc';

const snapshotAt = (revision: number, tag = 'fetched') =>
  ({ tag, state: { revision, index: revision } }) as unknown as DeckSnapshot;

/** A transport whose deck:get answer the test releases, and whose events the test delivers. */
function heldTransport() {
  const invoked: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const answers: Array<(s: DeckSnapshot) => void> = [];
  const transport: Transport = {
    invoke: (channel) => {
      invoked.push(channel);
      return new Promise((resolve) => answers.push(resolve as (s: DeckSnapshot) => void));
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  const deliver = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  const listening = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  return { transport, invoked, deliver, listening, answer: (i: number, s: DeckSnapshot) => answers[i](s) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the early deck request', () => {
  it('is sent when the API is built, and the first getDeck takes its answer without asking again', async () => {
    const t = heldTransport();
    const api = createShowcaseApi(t.transport, { prefetchDeck: true });
    expect(t.invoked).toEqual(['deck:get']);
    t.answer(0, snapshotAt(1));
    await expect(api.getDeck()).resolves.toEqual(snapshotAt(1));
    expect(t.invoked).toEqual(['deck:get']);
    // Later calls ask main afresh (a snapshot kept from load would go stale).
    const again = api.getDeck();
    expect(t.invoked).toEqual(['deck:get', 'deck:get']);
    t.answer(1, snapshotAt(5));
    await expect(again).resolves.toEqual(snapshotAt(5));
  });

  it('keeps broadcasts sent before the answer, and after it until it is taken', async () => {
    const t = heldTransport();
    const api = createShowcaseApi(t.transport, { prefetchDeck: true });
    t.deliver('deck:state', { revision: 3, index: 3 });
    t.answer(0, snapshotAt(2));
    await Promise.resolve();
    t.deliver('deck:state', { revision: 4, index: 4 }); // answered, not yet taken
    const taken = await api.getDeck();
    expect(taken.state).toEqual({ revision: 4, index: 4 });
    expect(t.listening(), 'stops listening once taken').toBe(0);
  });

  it('prefers a newer snapshot broadcast, and never an older state', async () => {
    const t = heldTransport();
    const api = createShowcaseApi(t.transport, { prefetchDeck: true });
    t.deliver('deck:snapshot', snapshotAt(7, 'broadcast'));
    t.deliver('deck:state', { revision: 6, index: 6 });
    t.answer(0, snapshotAt(5));
    await expect(api.getDeck()).resolves.toEqual(snapshotAt(7, 'broadcast'));
  });

  it('is made by default only in a deck view (?role=audience|presenter), never elsewhere', () => {
    const none = heldTransport();
    createShowcaseApi(none.transport); // Node: no location at all
    expect(none.invoked).toEqual([]);
    vi.stubGlobal('location', { search: '' }); // the bench's blank page, about:blank
    const blank = heldTransport();
    createShowcaseApi(blank.transport);
    expect(blank.invoked).toEqual([]);
    vi.stubGlobal('location', { search: '?role=audience' });
    const audience = heldTransport();
    createShowcaseApi(audience.transport);
    expect(audience.invoked).toEqual(['deck:get']);
    vi.stubGlobal('location', { search: '?x=1&role=presenter' });
    const presenter = heldTransport();
    createShowcaseApi(presenter.transport);
    expect(presenter.invoked).toEqual(['deck:get']);
  });

  it('passes a failure to the taker, not to an unhandled rejection', async () => {
    const transport: Transport = {
      invoke: () => Promise.reject(new Error('out of service')),
      on: () => () => undefined,
    };
    const api = createShowcaseApi(transport, { prefetchDeck: true });
    await Promise.resolve();
    await expect(api.getDeck()).rejects.toThrow('out of service');
  });
});
