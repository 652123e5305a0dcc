/**
 * Build-time constants that electron-vite replaces in the main bundle (electron.vite.config.ts,
 * `main.define`). Only the Electron entry's build defines them: code that also runs under vitest
 * or the Chromium harness must receive the value as a dependency instead of reading it.
 */

/** True when this main bundle was built for the packaged e2e run (`SHOWCASE_E2E_BUILD=1`). */
declare const __SHOWCASE_E2E_BUILD__: boolean;
