import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit tests that cover the guard modules Stryker mutates (stryker.config.mjs). Running only
 * these keeps `npm run mutate` to minutes; a test elsewhere that would kill a mutant does not count.
 * (pin-store.test.ts is left out: it sets process.umask, which Stryker's worker threads refuse.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Instrumented code runs several times slower; a property test must not time out for that.
    testTimeout: 60_000,
    include: [
      'tests/unit/main/sender-guard.test.ts',
      'tests/unit/main/ipc-dispatch.test.ts',
      'tests/unit/main/app-protocol.test.ts',
      'tests/unit/main/app-protocol-root-escape.test.ts',
      'tests/unit/main/dev-origin.test.ts',
      'tests/unit/main/url-policy.test.ts',
      'tests/unit/main/operator-pin.test.ts',
      'tests/unit/main/analytics.test.ts',
      'tests/unit/main/analytics-csv-injection.test.ts',
      'tests/unit/main/guard-mutants.test.ts',
      'tests/unit/content/media-policy.test.ts',
      'tests/unit/content/media-attacks.test.ts',
    ],
  },
});
