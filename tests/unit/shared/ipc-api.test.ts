import { describe, expect, it } from 'vitest';
import { createShowcaseApi, EVENT_CHANNELS, type Transport } from '../../../src/shared/ipc-api';
import type { EventChannel } from '../../../src/shared/ipc';
import { invokeArgs } from '../../../src/shared/ipc.schema';

/** A transport that records invokes and lets the test deliver events. */
function recordingTransport() {
  const invoked: [string, unknown[]][] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: Transport = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, args]);
      return { channel };
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  const deliver = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { transport, invoked, deliver, listeners };
}

describe('createShowcaseApi', () => {
  it('maps each method to its contract channel with the arguments in order', async () => {
    const { transport, invoked } = recordingTransport();
    const api = createShowcaseApi(transport);
    await api.getDeck();
    await api.command({ type: 'goto', index: 3 });
    await api.report({ level: 'warn', message: 'image missing', slideId: 'map' });
    expect(invoked).toEqual([
      ['deck:get', []],
      ['deck:command', [{ type: 'goto', index: 3 }]],
      ['view:report', [{ level: 'warn', message: 'image missing', slideId: 'map' }]],
    ]);
  });

  it('only uses channels of the contract', async () => {
    const { transport, invoked } = recordingTransport();
    const api = createShowcaseApi(transport);
    await Promise.all([api.getDeck(), api.command({ type: 'next' }), api.report({ level: 'info', message: 'x' })]);
    for (const [channel] of invoked) expect(Object.keys(invokeArgs)).toContain(channel);
  });

  it('reaches every invoke channel of the contract, and nothing else', async () => {
    const { transport, invoked } = recordingTransport();
    const api = createShowcaseApi(transport) as unknown as Record<string, (arg?: unknown) => unknown>;
    for (const [name, method] of Object.entries(api)) if (name !== 'on') await method('placeholder');
    expect(new Set(invoked.map(([channel]) => channel))).toEqual(new Set(Object.keys(invokeArgs)));
  });

  it('returns what the transport resolves', async () => {
    const { transport } = recordingTransport();
    await expect(createShowcaseApi(transport).getDeck()).resolves.toEqual({ channel: 'deck:get' });
  });

  it('subscribes to events and unsubscribes', () => {
    const { transport, deliver } = recordingTransport();
    const api = createShowcaseApi(transport);
    const got: unknown[] = [];
    const off = api.on('deck:state', (s) => got.push(s));
    deliver('deck:state', { revision: 1 });
    off();
    deliver('deck:state', { revision: 2 });
    expect(got).toEqual([{ revision: 1 }]);
  });

  it('refuses events outside the contract', () => {
    const { transport, listeners } = recordingTransport();
    const api = createShowcaseApi(transport);
    expect(() => api.on('ipc:raw' as EventChannel, () => undefined)).toThrow(/unknown event/);
    expect(listeners.size).toBe(0);
  });

  it('lists the deck event channels once each', () => {
    expect(EVENT_CHANNELS).toEqual(expect.arrayContaining(['deck:state', 'deck:snapshot']));
    expect(new Set(EVENT_CHANNELS).size).toBe(EVENT_CHANNELS.length);
  });

  it('is frozen: a page script cannot swap a method', () => {
    const api = createShowcaseApi(recordingTransport().transport);
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      (api as { getDeck: unknown }).getDeck = () => null;
    }).toThrow();
  });

  it('exposes only functions: no transport, no raw invoke or send', () => {
    const api = createShowcaseApi(recordingTransport().transport);
    for (const [key, value] of Object.entries(api)) expect(typeof value, key).toBe('function');
    for (const key of ['invoke', 'send', 'transport', 'ipcRenderer']) expect(api).not.toHaveProperty(key);
  });
});
