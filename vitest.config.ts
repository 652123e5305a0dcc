import { defineConfig } from 'vitest/config';

// No `electron` alias: main's modules import Electron types only (the objects come in as deps, from
// src/main/index.ts), so unit tests load them under plain Node with recording fakes.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
