// Flat ESLint config. Besides style, it enforces the import boundaries between src/main, src/preload,
// src/renderer and src/shared (each block below says what it forbids and why).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const rawIpc = {
  paths: [
    { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Only src/main/ipc.ts and the preload touch raw IPC.' },
  ],
};
// Any mention of openExternal (member, computed, destructured) is refused.
const shellOpenMessage = 'shell.openExternal is not allowed: the kiosk never leaves the app.';
const noShellOpen = [
  { selector: "Identifier[name='openExternal']", message: shellOpenMessage },
  { selector: "Literal[value='openExternal']", message: shellOpenMessage },
];

// Main's Electron-free layer: every module of src/main but the entry point (index.ts hands the
// Electron objects in) and ipc.ts (its raw-IPC permission above; it imports types only, which
// tests/unit/main/electron-free-lint.test.ts checks by scanning every file of src/main — and that
// every module but those two is in this list).
const electronFreeMain = [
  'src/main/core/**/*.ts',
  'src/main/content/**/*.ts',
  ...[
    'analytics-csv', 'analytics-event', 'analytics-export', 'analytics-files', 'analytics', 'app-events',
    'app-menu', 'app-protocol', 'app', 'byte-range', 'cli-flags', 'clock', 'content-import-action',
    'content-import', 'content-service', 'content-watch', 'core', 'crash-history-file', 'crash-policy',
    'debug-switches', 'deck-controller', 'dev-origin', 'display-change', 'display-placement', 'durable-file',
    'electron-log-bridge', 'first-view', 'handout-print', 'invoke-throttle', 'ipc-dispatch', 'kiosk-lock', 'log-text',
    'opening-hours', 'opening-override', 'operator-pin', 'operator-status', 'operator', 'pin-gate',
    'pin-store', 'power-policy', 'protocol', 'removable-drives', 'runtime', 'security', 'sender-guard',
    'set-pin-cli', 'settings', 'shutdown', 'token-bucket', 'trusted-origins', 'url-policy',
    'visitor-analytics', 'window-options', 'windows',
  ].map((name) => `src/main/${name}.ts`),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noShellOpen],
      'no-restricted-imports': ['error', rawIpc],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src/shared runs everywhere: no electron.' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/shared imports no Node modules.' },
            { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'src/shared imports only src/shared.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...rawIpc, patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main imports only main and shared.' }] },
      ],
    },
  },
  // Raw IPC: ipc.ts registers the contract on ipcMain; index.ts hands the real ipcMain in.
  { files: ['src/main/ipc.ts', 'src/main/index.ts', 'src/preload/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Main's Electron-free layer (electronFreeMain above): Electron's objects come in as deps, typed
  // with `import type`, so these modules run under plain Node in unit tests (no electron stub).
  {
    files: electronFreeMain,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only src/main/index.ts imports Electron values: take the object as a dep (import type).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': 'off',
      // The typescript-eslint form, so type-only imports of the schemas stay allowed: values
      // from them would bundle zod (~60 KB) into a renderer that never validates anything.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.showcase.' },
            { name: 'zod', message: 'Validation happens in main; the renderer gets checked data.', allowTypeImports: true },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node modules.' },
            { group: ['**/main/**', '**/preload/**'], message: 'renderer imports only renderer and shared.' },
            // Schemas live in `*.schema.ts` files: banned here by name, whatever their folder. The one
            // rule: tests/unit/main/schema-lint.test.ts fails for any zod-bearing module it misses.
            {
              group: ['**/*.schema', '**/*.schema.ts'],
              message: 'A *.schema.ts module defines zod schemas: import its types only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'harness/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Tests name openExternal to prove it is refused; the rule guards the app's own code.
    rules: { 'no-restricted-syntax': 'off' },
  },
);
