/** A recording fake of Electron's ipcMain, and the invoke event a sender would produce. */
import type { InvokeEventInfo, IpcRegistry } from '../../../src/main/ipc';
import type { CallLog } from './emitter';

export type InvokeListener = Parameters<IpcRegistry['handle']>[1];

export interface FakeIpcMain extends IpcRegistry {
  /** Channels with a handler now. */
  readonly handlers: Map<string, InvokeListener>;
  /** Calls the handler of `channel` as Electron would for an invoke from `event`'s sender. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown>;
}

/** A fake `ipcMain` that keeps its handlers; a second `handle` of one channel throws, as Electron does. */
export function createFakeIpcMain(log: CallLog = []): FakeIpcMain {
  const handlers = new Map<string, InvokeListener>();
  return {
    handlers,
    handle(channel, listener) {
      log.push(`ipcMain.handle ${channel}`);
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      log.push(`ipcMain.removeHandler ${channel}`);
      handlers.delete(channel);
    },
    async invoke(channel, event, ...args) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      // Electron hands the handler its own event object; a test passes one shaped like it.
      return handler(event as InvokeEventInfo, ...args);
    },
  };
}

/** An invoke event as Electron builds it: the sender's webContents id and its frame. */
export function fakeInvokeEvent(webContentsId: number, frameUrl: string | null, isMainFrame = true) {
  const frame = frameUrl === null ? null : { url: frameUrl, parent: isMainFrame ? null : { url: 'app://showcase/' } };
  return { sender: { id: webContentsId }, senderFrame: frame };
}
