/**
 * The only module that touches `ipcMain`. Every contract channel is registered here, and
 * every call passes through `dispatchInvoke` (sender check, rate limit, argument validation).
 */
import { ipcMain as electronIpcMain, type IpcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { EventChannel, EventPayloads } from '../shared/ipc';
import { invokeArgs } from '../shared/ipc.schema';
import { systemClock } from './clock';
import { dispatchInvoke, type DispatchDeps } from './ipc-dispatch';
import { createInvokeThrottle } from './invoke-throttle';
import type { SenderInfo } from './sender-guard';

export interface IpcDeps extends DispatchDeps {
  /** Injected by tests; the real `ipcMain` otherwise. */
  ipcMain?: Pick<IpcMain, 'handle' | 'removeHandler'>;
}

/** What main can tell about an event's sender. */
export function senderInfoOf(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderInfo {
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
  const ipcMain = deps.ipcMain ?? electronIpcMain;
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
