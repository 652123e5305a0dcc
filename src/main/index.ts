/**
 * Entry point: hands the real Electron objects to startApp. The only module of main that imports
 * Electron values (eslint: the rest of src/main is typed against small interfaces, see
 * eslint.config.js `electronFree`), so every other module runs under Node in unit tests.
 */
import {
  app,
  BrowserWindow,
  crashReporter,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
} from 'electron';
import log from 'electron-log/main';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';
import { closeElectronLogBridge as closeElectronLogBridgeOn } from './electron-log-bridge';
import { debugStartRefusal } from './debug-switches';

// Crash dumps stay on this machine: nothing is ever uploaded.
crashReporter.start({ uploadToServer: false });
// Main-only logging: no `log.initialize()` (it would expose a preload bridge to every page), and
// electron-log's own unchecked IPC channel is closed (on the real ipcMain, before anything starts).
const closeElectronLogBridge = () => closeElectronLogBridgeOn(ipcMain);
closeElectronLogBridge();
// Rotating log in user data: at 5 MB the file moves to main.old.log and a new one starts.
log.transports.file.maxSize = 5 * 1024 * 1024;
process.on('uncaughtException', (error) => log.error('uncaught exception in main', error));
process.on('unhandledRejection', (reason) => log.error('unhandled rejection in main', reason));

// A packaged kiosk never opens a debugging port: `--remote-debugging-port` has no fuse and would let
// any local process script our pages. Checked before anything starts (the DevTools server starts
// after the main script ran; debug-switches.ts cites Electron's source).
const refusal = debugStartRefusal({
  isPackaged: app.isPackaged,
  e2eBuild: __SHOWCASE_E2E_BUILD__,
  argv: process.argv,
  platform: process.platform,
});
if (refusal) {
  log.error(refusal);
  app.exit(1);
} else {
  // The window type spelled out: main hands these very windows back to Electron's folder picker.
  startApp<BrowserWindow>({
    app,
    BrowserWindow,
    ipcMain,
    protocol,
    session: () => session.defaultSession,
    screen: () => screen,
    powerSaveBlocker,
    powerMonitor: () => powerMonitor,
    dialog,
    menu: Menu,
    platform: process.platform,
    signals: process,
    env: process.env,
    argv: process.argv.slice(app.isPackaged ? 1 : 2),
    mainDir: dirname(fileURLToPath(import.meta.url)),
    resourcesPath: process.resourcesPath,
    log,
    logPath: log.transports.file.getFile().path,
  }).catch((error: unknown) => {
    log.error('startup failed', error);
    app.exit(1);
  });
}
