// @ts-check
/**
 * Mutation testing of the guard modules (`npm run mutate`; slow, so never part of `npm test`).
 * Stryker changes one operator, condition or literal at a time in the files below and runs the
 * unit tests that cover it (vitest.mutate.config.ts); a mutant no test notices "survives".
 * The score and every survivor are written up in docs/testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/main/sender-guard.ts',
    'src/main/app-protocol.ts',
    'src/main/url-policy.ts',
    'src/main/operator-pin.ts',
    'src/shared/media-policy.ts',
    // Only the CSV export's formula guard and field quoting (analytics-csv.ts).
    'src/main/analytics-csv.ts:20-60',
  ],
  // Not copied into the sandbox: test output other runs write while this one copies, and builds.
  ignorePatterns: ['test-results', 'playwright-report', 'reports', 'dist', 'out'],
  // The sandbox copy lives where eslint, vitest and git already look away.
  tempDirName: 'node_modules/.stryker-tmp',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
};
