import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Preloads the Latin faces from index.html (issue 19): the first render waits for the deck
 * language's faces (no layout shift, see src/renderer/src/fonts.ts), so they must be on their
 * way while the scripts load, not requested once the scripts run. Latin covers the default
 * language and the digits of every other; another language's faces follow from fonts.ts.
 * `crossorigin`: fonts are fetched in CORS mode, and a preload is reused only if its mode matches.
 */
function preloadLatinFaces(): Plugin {
  return {
    name: 'showcase-preload-latin-faces',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const faces = Object.keys(ctx.bundle ?? {}).filter((f) =>
          /noto-sans-latin-(400|700)-normal-[^/]*\.woff2$/.test(f),
        );
        return faces.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** Packages only the renderer's code uses (its bundle carries them; the installers drop them). */
const RENDERER_ONLY_PACKAGES = [
  'react',
  'react-dom',
  'scheduler',
  'motion',
  'framer-motion',
  'motion-dom',
  'motion-utils',
  'd3-geo',
  'topojson-client',
  'world-atlas',
  'intl-messageformat',
];

export default defineConfig({
  main: {
    // True only in a build made for the packaged e2e run (SHOWCASE_E2E_BUILD=1, see scripts/dist.ts):
    // a packaged app refuses --inspect / --remote-debugging-port unless it is such a build.
    // Declared for TypeScript in src/main/build-flags.d.ts.
    define: {
      __SHOWCASE_E2E_BUILD__: JSON.stringify(process.env.SHOWCASE_E2E_BUILD === '1'),
      // React's production build in the first view (out/main/first-view.js): its packages pick
      // their build by NODE_ENV at run time, and nothing sets it in an installed app.
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      // The renderer-only packages the first view draws with are bundled into it: the installers
      // leave them out of node_modules (electron-builder.yml; tests/unit/packaging/runtime-files.test.ts).
      externalizeDeps: { exclude: RENDERER_ONLY_PACKAGES },
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The renderer's first screen as static markup, drawn by main into index.html (issue 19,
          // src/main/first-view.ts). Loaded at run time by path, so main's own code and type-check
          // never import the renderer.
          'first-view': resolve('src/renderer/src/first-view/render-first-view.tsx'),
        },
      },
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
    plugins: [react(), preloadLatinFaces()],
    build: {
      // Inlined `data:` assets would be blocked by our CSP (default-src 'self'); emit files instead.
      assetsInlineLimit: 0,
      // SHOWCASE_SOURCEMAP=1: source maps, to list which modules weigh what in each chunk (docs/performance.md).
      sourcemap: process.env.SHOWCASE_SOURCEMAP === '1',
      minify: 'oxc',
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') }, output: { minify: true } },
    },
  },
});
