/**
 * Lets the bench and the soak load main's modules in plain Node (tsx, ESM). Since commit
 * 5cd0130 tests/support/main-bridge.ts imports `savePin` from src/main/app.ts, which imports
 * named exports of `electron`; in Node that package is only its binary's path (CommonJS), so
 * ESM linking fails ("does not provide an export named 'ipcMain'"). Playwright's CommonJS
 * transpile and vitest's alias (tests/unit/stubs/electron.ts) hide this; here a resolve hook
 * does the same: `electron` becomes a module whose exports are all undefined. Nothing in the
 * harness calls into Electron. Must be imported before anything that imports the harness.
 */
import { register } from 'node:module';

const NAMES = [
  'app',
  'BrowserWindow',
  'crashReporter',
  'Menu',
  'powerSaveBlocker',
  'protocol',
  'screen',
  'session',
  'ipcMain',
  'ipcRenderer',
  'contextBridge',
  'dialog',
  'shell',
  'nativeTheme',
];
const stub = `data:text/javascript,${encodeURIComponent(`${NAMES.map((n) => `export const ${n} = undefined;`).join('\n')}\nexport default {};`)}`;
const hook = `data:text/javascript,${encodeURIComponent(
  `export async function resolve(specifier, context, next) {
     if (specifier === 'electron') return { url: ${JSON.stringify(stub)}, shortCircuit: true };
     return next(specifier, context);
   }`,
)}`;

register(hook, import.meta.url);
