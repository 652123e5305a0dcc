/**
 * The only module that registers on `ipcMain` (src/main/index.ts hands the real one in, tests a
 * recording fake; no Electron value is imported here). Every contract channel is registered here, and
 * every call passes through `dispatchInvoke` (sender check, rate limit, argument validation).
 */
import type { WebContents } from 'electron';
import type { EventChannel, EventPayloads } from '../shared/ipc';
import { invokeArgs } from '../shared/ipc.schema';
import { systemClock } from './clock';
import { dispatchInvoke, type DispatchDeps } from './ipc-dispatch';
import { createInvokeThrottle } from './invoke-throttle';
import type { SenderInfo } from './sender-guard';

/** What main reads of an invoke's event (Electron's `IpcMainInvokeEvent` has it, and more). */
export interface InvokeEventInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** The part of Electron's `ipcMain` the contract is registered on. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: InvokeEventInfo, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface IpcDeps extends DispatchDeps {
  /** Electron's `ipcMain` (handed in by src/main/index.ts), or a recording fake in tests. */
  ipcMain: IpcRegistry;
}

/** What main can tell about an event's sender. */
export function senderInfoOf(event: InvokeEventInfo): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: !!frame && frame.parent === null,
  };
}

/**
 * Registers every channel of the contract; returns a function that removes them. Without a
 * `throttle` in `deps` the default limits apply on the system clock (summaries go to
 * `onRefused`), so the real app can never run unthrottled.
 */
export function setupIpc(deps: IpcDeps): () => void {
  const { ipcMain } = deps;
  const throttle = deps.throttle ?? createInvokeThrottle({ clock: systemClock, warn: deps.onRefused });
  const dispatchDeps: DispatchDeps = { ...deps, throttle };
  const channels = Object.keys(invokeArgs);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      dispatchInvoke(channel, args, senderInfoOf(event), dispatchDeps),
    );
  }
  return () => {
    channels.forEach((channel) => ipcMain.removeHandler(channel));
    throttle.dispose();
  };
}

/** Sends a typed main → renderer event to each live window. */
export function broadcast<E extends EventChannel>(
  targets: Iterable<Pick<WebContents, 'send' | 'isDestroyed'>>,
  event: E,
  payload: EventPayloads[E],
): void {
  for (const target of targets) if (!target.isDestroyed()) target.send(event, payload);
}
