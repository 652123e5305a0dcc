/**
 * The view's copy of main's deck (hooks/use-deck.ts): started before React, kept current by
 * main's broadcasts (stale states ignored, a snapshot broadcast beats an older answer), and
 * asking again — 2 s, doubling to 30 s — while main does not answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeckStore } from '../../../src/renderer/src/hooks/use-deck';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import type { DeckState } from '../../../src/shared/deck';
import type { ShowcaseApi } from '../../../src/shared/ipc-api';

const snapshotAt = (revision: number, tag = 'answer') =>
  ({ tag, state: { revision, index: revision } }) as unknown as DeckSnapshot & { tag: string };
const stateAt = (revision: number) => ({ revision, index: revision }) as unknown as DeckState;

/** A fake API whose deck:get answers (or failures) the test hands out one by one. */
function fakeApi() {
  const pending: Array<{ resolve: (s: DeckSnapshot) => void; reject: (e: Error) => void }> = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const api = {
    getDeck: () => new Promise<DeckSnapshot>((resolve, reject) => pending.push({ resolve, reject })),
    on: (event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return {
    api: api as unknown as Pick<ShowcaseApi, 'getDeck' | 'on'>,
    asked: () => pending.length,
    answer: (i: number, s: DeckSnapshot) => pending[i].resolve(s),
    fail: (i: number) => pending[i].reject(new Error('main did not answer')),
    deliver: (event: string, payload: unknown) => listeners.get(event)?.(payload),
  };
}

afterEach(() => vi.useRealTimers());

describe('the deck store', () => {
  it('asks once however often it is started, and the answer is there for the first render', async () => {
    const f = fakeApi();
    const store = createDeckStore(() => f.api);
    expect(store.get()).toEqual({ snapshot: null, state: null, error: false });
    const first = store.start();
    void store.start();
    store.subscribe(() => undefined);
    expect(f.asked()).toBe(1);
    f.answer(0, snapshotAt(3));
    await expect(first).resolves.toMatchObject({ tag: 'answer' });
    expect(store.get()).toMatchObject({ snapshot: { tag: 'answer' }, state: { revision: 3 }, error: false });
  });

  it('keeps the newest state: a stale broadcast is ignored, a snapshot broadcast beats an older answer', async () => {
    const f = fakeApi();
    const store = createDeckStore(() => f.api);
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().state?.revision ?? -1));
    f.deliver('deck:snapshot', snapshotAt(5, 'broadcast'));
    f.answer(0, snapshotAt(4, 'answer'));
    await store.start();
    expect(store.get()).toMatchObject({ snapshot: { tag: 'broadcast' }, state: { revision: 5 } });
    f.deliver('deck:state', stateAt(4));
    expect(store.get().state?.revision).toBe(5);
    f.deliver('deck:state', stateAt(6));
    expect(store.get().state?.revision).toBe(6);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('while main does not answer: error, then asks again after 2 s, 4 s, … and comes back on an answer', async () => {
    vi.useFakeTimers();
    const f = fakeApi();
    const store = createDeckStore(() => f.api);
    const first = store.start();
    f.fail(0);
    await expect(first).resolves.toBeNull();
    expect(store.get().error).toBe(true);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(f.asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.asked()).toBe(2);
    f.fail(1);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(f.asked()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.asked()).toBe(3);
    f.answer(2, snapshotAt(7));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get()).toMatchObject({ snapshot: { tag: 'answer' }, error: false });
  });

  it('a broadcast snapshot ends the calm screen by itself', async () => {
    const f = fakeApi();
    const store = createDeckStore(() => f.api);
    const first = store.start();
    f.fail(0);
    await first;
    expect(store.get().error).toBe(true);
    f.deliver('deck:snapshot', snapshotAt(9, 'broadcast'));
    expect(store.get()).toMatchObject({ snapshot: { tag: 'broadcast' }, error: false });
  });
});
