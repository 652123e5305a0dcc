// `npm test`: type-check, lint, unit tests (vitest), build, then Playwright (Chromium + Electron).
// Prints one closing line "N passed, N failed, N skipped" summed over vitest and Playwright.
// Never downloads Electron: without its binary the Electron suite skips with one printed line
// (tests/electron/electron-binary.ts), unless REQUIRE_ELECTRON=1 (CI) makes that a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['type-check', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  // Build before the unit tests: the packaging checks inspect the built output.
  ['build', 'npx', ['electron-vite', 'build']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']],
  // The workflows run the Electron project through its own script (npm run test:electron, under
  // Xvfb on Linux) and leave it out here with SHOWCASE_TEST_SKIP_ELECTRON=1; locally it runs (or
  // prints its one skip line) as part of npm test.
  [
    'browser + electron',
    'npx',
    ['playwright', 'test', ...(process.env.SHOWCASE_TEST_SKIP_ELECTRON === '1' ? ['--project=chromium'] : [])],
  ],
];

// Playwright empties test-results/ when it starts, so the JSON reports live in reports/.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const failures = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json' },
    // On Windows npm and npx are .cmd files, which Node only starts through a shell (CVE-2024-27980).
    shell: process.platform === 'win32',
  });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failures.push(name);
  if (name === 'build' && result.status !== 0) break; // nothing to test without a build
}

let passed = 0, failed = 0, skipped = 0;
if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync('reports/playwright.json')) {
  const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
  passed += p.stats.expected + p.stats.flaky; failed += p.stats.unexpected; skipped += p.stats.skipped;
}
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
if (failures.length && failed === 0) failed = failures.length; // a failed type-check or lint counts
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length ? 1 : 0);
