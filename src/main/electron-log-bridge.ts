/**
 * electron-log's main entry registers an IPC channel of its own as soon as it is imported
 * (node_modules/electron-log/src/main/index.js: `externalApi.onIpc('__ELECTRON_LOG__', …)` and
 * `onIpcInvoke('__ELECTRON_LOG__', …)`, i.e. `ipcMain.on` and `ipcMain.handle`), and
 * `log.initialize()` adds a preload that exposes `window.__electronLog` to every page. Neither
 * checks the sender. We log from main only, so we never call `initialize()` and we close the
 * channel: every renderer message goes through our one checked contract (src/main/ipc.ts).
 */
import type { IpcMain } from 'electron';

/** The channel electron-log listens on (kept in step with its source by a unit test). */
export const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

/** Removes electron-log's unchecked IPC listener and invoke handler. */
export function closeElectronLogBridge(ipcMain: Pick<IpcMain, 'removeHandler' | 'removeAllListeners'>): void {
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
}
