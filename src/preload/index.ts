/**
 * The preload bridge: exposes exactly one API, `window.showcase`, built from the shared IPC
 * contract. No Node, no ipcRenderer, no Electron object reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createShowcaseApi, type Transport } from '../shared/ipc-api';

const transport: Transport = {
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on(channel, listener) {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('showcase', createShowcaseApi(transport));
