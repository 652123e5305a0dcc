import { defineConfig } from 'vitest/config';

// No `electron` alias: main's modules import Electron types only (the objects come in as deps, from
// src/main/index.ts), so unit tests load them under plain Node with recording fakes.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests (fast-check, ~1 s each here) ran past vitest's 5 s default on a 2-core machine
    // busy with a Chromium suite: a time limit is not what these tests check.
    testTimeout: 20_000,
  },
});
