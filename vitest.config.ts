import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Main-process modules that import `electron` are unit-tested with injected fakes; the
  // real package would try to download its binary when imported in Node.
  resolve: { alias: { electron: resolve(import.meta.dirname, 'tests/unit/stubs/electron.ts') } },
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
