/** No second bridge beside ours: electron-log's preload is never installed and its IPC channel is closed. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeElectronLogBridge, ELECTRON_LOG_CHANNEL } from '../../../src/main/electron-log-bridge';
import { createFakeIpcMain } from '../../support/electron-fakes';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');

describe('electron-log bridge', () => {
  it('names the channel electron-log really registers on import (its main entry, on and handle)', () => {
    const source = read('node_modules/electron-log/src/main/index.js');
    expect(source).toContain(`onIpc('${ELECTRON_LOG_CHANNEL}'`);
    expect(source).toContain(`onIpcInvoke('${ELECTRON_LOG_CHANNEL}'`);
  });

  it('removes the invoke handler and the listeners of that channel', async () => {
    const ipcMain = createFakeIpcMain();
    const listeners = new Map<string, unknown[]>([[ELECTRON_LOG_CHANNEL, [() => undefined]]]);
    ipcMain.handle(ELECTRON_LOG_CHANNEL, () => ({ levels: [] }));
    closeElectronLogBridge({
      removeHandler: (channel) => ipcMain.removeHandler(channel),
      removeAllListeners: (channel?: string) => {
        listeners.delete(channel ?? '');
        return ipcMain as never;
      },
    });
    expect(ipcMain.handlers.has(ELECTRON_LOG_CHANNEL)).toBe(false);
    expect(listeners.has(ELECTRON_LOG_CHANNEL)).toBe(false);
    // Control: a channel left open still answers.
    const open = createFakeIpcMain();
    open.handle(ELECTRON_LOG_CHANNEL, () => ({ levels: [] }));
    await expect(open.invoke(ELECTRON_LOG_CHANNEL, {})).resolves.toEqual({ levels: [] });
  });

  it('the entry point never calls log.initialize() (its preload would expose window.__electronLog) and closes the channel', () => {
    const entry = read('src/main/index.ts')
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '');
    expect(entry).not.toMatch(/\.initialize\s*\(/);
    expect(entry).toMatch(/closeElectronLogBridge\(\)/);
    // `startApp(` or `startApp<BrowserWindow>(`: the call, with or without its window type.
    expect(entry.indexOf('closeElectronLogBridge()')).toBeLessThan(entry.search(/startApp\s*(<[^>]*>)?\(/));
  });
});
