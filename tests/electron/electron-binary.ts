import { resolve } from 'node:path';
import { test } from '@playwright/test';
import { electronRequired, locateElectron, nodeFileProbe, type FileProbe } from '../../scripts/electron-location';

const ELECTRON_DIR = resolve(import.meta.dirname, '..', '..', 'node_modules', 'electron');

/** What the Electron suite runs: the dev binary with out/main, or a packaged app (its own main). */
export type SuiteBinary =
  | { path: string; packaged: boolean }
  /** `required`: a missing binary fails the suite instead of skipping it. */
  | { path: null; reason: string; required: boolean };

/**
 * The executable for the Electron suite. Never triggers a download (`npm test` must not).
 *   SHOWCASE_E2E_APP=<executable of a packaged `--dir` build>  runs the suite against that build
 *     (made with SHOWCASE_E2E_BUILD=1 so Playwright's inspector may attach; see scripts/dist.ts);
 *   otherwise the same rule as `npm start` (scripts/electron-location.ts): ELECTRON_EXEC_PATH,
 *     then node_modules/electron/path.txt.
 *   REQUIRE_ELECTRON=1 (or SHOWCASE_REQUIRE_ELECTRON=1; set in CI) turns a missing binary from a
 *     skip into a failure.
 */
export function suiteBinary(
  env: Readonly<Record<string, string | undefined>> = process.env,
  probe: FileProbe = nodeFileProbe,
): SuiteBinary {
  // Relative to the working folder (CI passes dist/e2e/…), made absolute for every spawn.
  const packaged = env.SHOWCASE_E2E_APP ? resolve(env.SHOWCASE_E2E_APP) : undefined;
  if (packaged) {
    return probe.isExecutableFile(packaged)
      ? { path: packaged, packaged: true }
      : { path: null, reason: `SHOWCASE_E2E_APP is ${packaged}, which is not an executable file`, required: true };
  }
  const location = locateElectron(env, ELECTRON_DIR, probe);
  if (location.found) return { path: location.path, packaged: false };
  const hint = location.installable
    ? " (`npm run test:electron` runs Electron's own installer first; offline, set ELECTRON_EXEC_PATH)"
    : '';
  return { path: null, reason: `${location.reason}${hint}`, required: electronRequired(env) };
}

let announced = false;
/**
 * Skips the Electron suite with one printed line when the binary is absent (or fails the test when
 * it is required). Call at the top of each test or in `beforeEach`; returns the executable.
 */
export function requireElectron(): string {
  const binary = suiteBinary();
  if (binary.path !== null) return binary.path;
  if (binary.required) throw new Error(`the Electron suite must run here, but ${binary.reason}`);
  if (!announced) {
    announced = true;
    console.log(
      `SKIPPED electron e2e suite: ${binary.reason}. It runs wherever the binary exists (CI: .github/workflows/ci.yml).`,
    );
  }
  test.skip(true, binary.reason);
  return '';
}
