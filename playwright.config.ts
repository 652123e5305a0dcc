import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './harness/browser';

export default defineConfig({
  // npm test (scripts/test-all.mjs) also asks for a JSON report to sum up the counts.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      // The real renderer in real Chromium, with main's real handlers bridged in (tests/support).
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1920, height: 1080 },
        // The bench's browser switches (harness/browser.ts): without the omnibox one, every new
        // context costs a core for about 1.5 s.
        launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
      },
    },
    {
      // Real Electron windows; skips with one printed line where the binary is missing.
      name: 'electron',
      testDir: 'tests/electron',
      workers: 1,
    },
  ],
});
