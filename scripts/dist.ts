/**
 * Packages the already-built app (out/) with electron-builder and electron-builder.yml.
 * The npm scripts `dist`, `dist:win`, `dist:mac` and `dist:linux` type-check and run
 * `electron-vite build` first, then call this with the platform flag; any other electron-builder
 * arguments pass through (e.g. `npm run dist -- --dir` for an unpacked folder only).
 *
 * Release vs e2e build — the one switch:
 *   SHOWCASE_E2E_BUILD=1  turns the `enableNodeCliInspectArguments` fuse back ON (Playwright's
 *                         `_electron.launch` attaches through `--inspect`, which a release build
 *                         refuses) and writes to dist/e2e/ so it cannot be mistaken for a release.
 *                         Every other fuse stays as in electron-builder.yml.
 *   (unset)               release build: all fuses as in electron-builder.yml, output in dist/.
 *
 * Nothing is ever published (`--publish never`): installers are carried to offline machines.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');

/**
 * Builds the electron-builder argument list for one run.
 * @param passThrough arguments given to this script (platform flag, `--dir`, …)
 * @param env the environment; only SHOWCASE_E2E_BUILD is read
 */
export function builderArgs(passThrough: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const args = ['--config', 'electron-builder.yml', '--publish', 'never', ...passThrough];
  if (env.SHOWCASE_E2E_BUILD === '1') {
    args.push('-c.electronFuses.enableNodeCliInspectArguments=true', '-c.directories.output=dist/e2e');
  }
  return args;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = builderArgs(process.argv.slice(2), process.env);
  const kind =
    process.env.SHOWCASE_E2E_BUILD === '1' ? 'E2E build (inspect fuse ON, not for release)' : 'release build';
  console.log(`dist: ${kind}: electron-builder ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`dist: could not start electron-builder: ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}
