import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    // True only in a build made for the packaged e2e run (SHOWCASE_E2E_BUILD=1, see scripts/dist.ts):
    // a packaged app refuses --inspect / --remote-debugging-port unless it is such a build.
    // Declared for TypeScript in src/main/build-flags.d.ts.
    define: { __SHOWCASE_E2E_BUILD__: JSON.stringify(process.env.SHOWCASE_E2E_BUILD === '1') },
    build: {
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot `require` local chunks: emit one self-contained CJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      // Inlined `data:` assets would be blocked by our CSP (default-src 'self'); emit files instead.
      assetsInlineLimit: 0,
      minify: 'oxc',
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') }, output: { minify: true } },
    },
  },
});
