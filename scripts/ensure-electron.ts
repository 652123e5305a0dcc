/**
 * The binary step before `npm start`, `npm run dev` and `npm run test:electron`.
 *
 * Electron 45 has no install script: its binary arrives only when something requires
 * `electron` (its index.js) or runs its `install-electron` bin (install.js). electron-vite 6 does
 * neither; it reads node_modules/electron/path.txt and throws "Electron uninstall" without it. So
 * this runs Electron's own installer first (nothing hand-rolled), or takes ELECTRON_EXEC_PATH as
 * electron-vite does. Where the binary cannot be had it prints ONE line saying so and what to do,
 * and exits 1 with no stack trace (the installer's output is captured; at most its message is
 * quoted). `npm test` never runs this: there the Electron suite skips with its own line.
 * `--suite` (before `npm run test:electron`): where Electron cannot be had and the suite is not
 * required, print nothing and let the suite skip with its one line; with REQUIRE_ELECTRON=1 the
 * one line says the suite had to run, and the exit code is 1.
 *
 * The decisions are pure functions below, unit-tested in tests/unit/packaging/ensure-electron.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronRequired, locateElectron, nodeFileProbe, type ElectronLocation } from './electron-location';

/**
 * The longest wait for Electron's installer. On this kind of offline machine it fails within a
 * second (`TypeError: fetch failed`, no retries in @electron/get's FetchDownloader); the bound is
 * for a network that swallows packets instead of refusing them. A ~110 MB download fits easily.
 */
export const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;

/** What to do next, given where the binary is. */
export type EnsurePlan =
  { action: 'ready'; path: string } | { action: 'install' } | { action: 'fail'; message: string };

/** How Electron's installer ended, as captured. */
export interface InstallOutcome {
  /** Exit status; null when it was killed or could not start. */
  status: number | null;
  timedOut: boolean;
  /** Set when the installer could not be started at all. */
  startError?: string;
  /** Its stdout and stderr together. */
  output: string;
}

/** The one line printed when Electron cannot be had: what went wrong, then what to do. */
export function cannotRunMessage(problem: string, version: string): string {
  return (
    `Electron cannot start: ${problem}. Where it cannot be downloaded, unpack a pre-downloaded ` +
    `Electron ${version} build for this system and set ELECTRON_EXEC_PATH to its executable ` +
    `(README, "Machines without internet").`
  );
}

/** First decision: use what is there, install, or stop (a wrong ELECTRON_EXEC_PATH no download can fix). */
export function planEnsure(location: ElectronLocation, version: string): EnsurePlan {
  if (location.found) return { action: 'ready', path: location.path };
  if (!location.installable)
    return {
      action: 'fail',
      message:
        `Electron cannot start: ${location.reason}. Point ELECTRON_EXEC_PATH at the executable of an ` +
        `unpacked Electron ${version} build, or unset it to let Electron's installer download one.`,
    };
  return { action: 'install' };
}

/**
 * The installer's own message, without its stack: the last non-empty line that is not a stack
 * frame (install.js prints `err.stack`, whose first line is the message and the rest `at …`).
 */
export function installerMessage(output: string): string | null {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^at\s/.test(l));
  const last = lines.at(-1);
  if (!last) return null;
  return last.length > 160 ? `${last.slice(0, 157)}...` : last;
}

/** Second decision, after the installer ran: the binary it left behind, or the one line to print. */
export function afterInstall(
  outcome: InstallOutcome,
  relocated: ElectronLocation,
  version: string,
): { ok: true; path: string } | { ok: false; message: string } {
  if (outcome.status === 0 && relocated.found) return { ok: true, path: relocated.path };
  let problem: string;
  if (outcome.timedOut) problem = `Electron's installer did not finish within ${INSTALL_TIMEOUT_MS / 60_000} minutes`;
  else if (outcome.startError) problem = `Electron's installer could not start (${outcome.startError})`;
  else if (outcome.status !== 0) {
    const said = installerMessage(outcome.output);
    problem = `its binary could not be downloaded${said ? ` (${said})` : ''}`;
  } else problem = `Electron's installer finished but ${relocated.found ? 'left no binary' : relocated.reason}`;
  return { ok: false, message: cannotRunMessage(problem, version) };
}

/**
 * How a failed binary step ends: before the Electron suite (`suite`) and not required, silently
 * (exit 0; the suite prints its own skip line); otherwise with the one line and exit 1.
 */
export function failureOutcome(
  message: string,
  suite: boolean,
  required: boolean,
): { exitCode: 0 | 1; line: string | null } {
  if (suite && !required) return { exitCode: 0, line: null };
  return { exitCode: 1, line: suite ? `The Electron suite must run here (REQUIRE_ELECTRON=1). ${message}` : message };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const require = createRequire(import.meta.url);
  const electronDir = dirname(require.resolve('electron/package.json'));
  const { version } = require('electron/package.json') as { version: string };
  const locate = () => locateElectron(process.env, electronDir, nodeFileProbe);
  const suite = process.argv.includes('--suite');
  const fail = (message: string): never => {
    const outcome = failureOutcome(message, suite, electronRequired(process.env));
    if (outcome.line !== null) console.error(outcome.line);
    process.exit(outcome.exitCode);
  };

  const plan = planEnsure(locate(), version);
  if (plan.action === 'fail') fail(plan.message);
  if (plan.action === 'install') {
    // Before the suite, its one line (skip or failure) is all that is printed.
    if (!suite)
      console.log(`Downloading Electron ${version} with its own installer (node_modules/electron/install.js)...`);
    const run = spawnSync(process.execPath, [resolve(electronDir, 'install.js')], {
      encoding: 'utf8',
      timeout: INSTALL_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timedOut = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    const outcome: InstallOutcome = {
      status: run.status,
      timedOut,
      startError: run.error && !timedOut ? run.error.message : undefined,
      output: `${run.stdout ?? ''}\n${run.stderr ?? ''}`,
    };
    const result = afterInstall(outcome, locate(), version);
    if (!result.ok) fail(result.message);
  }
}
