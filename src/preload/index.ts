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

// Built when the preload runs, before the page's scripts are fetched: in a deck view
// (`?role=…`, read from `location`, which a preload has: "preload scripts … have access to both
// HTML DOM APIs and a limited subset of Node.js and Electron APIs", Electron's process-model
// docs) the API asks main for the deck at once, so the first render needs no round trip.
contextBridge.exposeInMainWorld('showcase', createShowcaseApi(transport));
