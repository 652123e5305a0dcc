import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
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
