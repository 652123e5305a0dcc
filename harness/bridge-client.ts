/**
 * Installed into the page before any script: the same `window.showcase` object the preload
 * exposes (built by the shared createShowcaseApi), with Electron's transport replaced by a
 * Playwright binding (renderer → main) and `__deliver` (main → renderer).
 */
import type { EventChannel } from '../src/shared/ipc';
import { createShowcaseApi } from '../src/shared/ipc-api';

type Listener = (payload: unknown) => void;
declare const window: Window & {
  __invoke(channel: string, args: unknown[]): Promise<string>;
  __deliver(channel: EventChannel, text: string): void;
  showcase: unknown;
};

/** Main's values cross as JSON text (main-bridge.ts `wireText`). */
const unwire = (text: string): unknown => (JSON.parse(text) as { value?: unknown }).value;

const listeners = new Map<string, Set<Listener>>();
window.showcase = createShowcaseApi({
  invoke: async (channel, ...args) => unwire(await window.__invoke(channel, args)),
  on(channel, listener) {
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set);
    set.add(listener);
    return () => set.delete(listener);
  },
});
window.__deliver = (channel, text) => {
  const payload = unwire(text);
  listeners.get(channel)?.forEach((l) => l(payload));
};
