/**
 * The binary step before `npm start`, `npm run dev` and `npm run test:electron`: the decisions
 * (env + files → use / install / one line), the assumptions they rest on in electron-vite's and
 * Electron's own code, the npm wiring, and the script end to end where no download is involved.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateElectron, type FileProbe } from '../../../scripts/electron-location';
import {
  afterInstall,
  failureOutcome,
  installerMessage,
  planEnsure,
  type InstallOutcome,
} from '../../../scripts/ensure-electron';
import { ROOT } from './builder-config';
import { suiteBinary } from '../../electron/electron-binary';

const ELECTRON_DIR = '/repo/node_modules/electron';
/** The folder tests/electron/electron-binary.ts reads: this checkout's node_modules/electron. */
const ELECTRON_SUITE_DIR = resolve(ROOT, 'node_modules/electron');
const VERSION = '45.5.0';

/** A file system holding exactly `files` (path → text); every listed file is executable. */
const filesystem = (files: Record<string, string>): FileProbe => ({
  isExecutableFile: (path) => path in files,
  readText: (path) => files[path] ?? null,
});
const installed = {
  [join(ELECTRON_DIR, 'path.txt')]: 'electron',
  [join(ELECTRON_DIR, 'dist', 'electron')]: '',
};

// What Electron 45's install.js prints when @electron/get cannot fetch (console.error(err.stack)).
const FETCH_FAILED = [
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:14976:13',
  '    at async FetchDownloader.download (file:///repo/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
  '',
].join('\n');

/** The environment without the variables that make the Electron suite required. */
const withoutRequire = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(env).filter(([name]) => !['REQUIRE_ELECTRON', 'SHOWCASE_REQUIRE_ELECTRON'].includes(name)),
  );

const failed = (output: string): InstallOutcome => ({ status: 1, timedOut: false, output });
const plan = (env: Record<string, string>, files: Record<string, string>) =>
  planEnsure(locateElectron(env, ELECTRON_DIR, filesystem(files)), VERSION);

describe('planEnsure(locateElectron(env, files))', () => {
  it('uses ELECTRON_EXEC_PATH when it names an executable, and installs nothing', () => {
    expect(plan({ ELECTRON_EXEC_PATH: '/opt/electron/electron' }, { '/opt/electron/electron': '' })).toEqual({
      action: 'ready',
      path: '/opt/electron/electron',
    });
  });

  it('stops with one line when ELECTRON_EXEC_PATH names nothing runnable (a download would not fix it)', () => {
    const result = plan({ ELECTRON_EXEC_PATH: '/opt/Electron.app' }, installed);
    expect(result.action).toBe('fail');
    const message = result.action === 'fail' ? result.message : '';
    expect(message).toContain('ELECTRON_EXEC_PATH is /opt/Electron.app');
    expect(message).toContain('Electron.app/Contents/MacOS/Electron');
    expect(message).not.toContain('\n');
  });

  it('installs when path.txt is missing, or names a binary that is not there', () => {
    expect(plan({}, {})).toEqual({ action: 'install' });
    expect(plan({}, { [join(ELECTRON_DIR, 'path.txt')]: 'electron' })).toEqual({ action: 'install' });
  });

  it('uses the installed binary under node_modules/electron/dist', () => {
    expect(plan({}, installed)).toEqual({ action: 'ready', path: join(ELECTRON_DIR, 'dist', 'electron') });
    const mac = 'Electron.app/Contents/MacOS/Electron';
    expect(plan({}, { [join(ELECTRON_DIR, 'path.txt')]: `${mac}\n`, [join(ELECTRON_DIR, 'dist', mac)]: '' })).toEqual({
      action: 'ready',
      path: join(ELECTRON_DIR, 'dist', mac),
    });
  });

  it('ignores ELECTRON_OVERRIDE_DIST_PATH, which electron-vite never reads', () => {
    expect(plan({ ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, { '/opt/electron/electron': '' })).toEqual({
      action: 'install',
    });
  });
});

describe('afterInstall', () => {
  const missing = locateElectron({}, ELECTRON_DIR, filesystem({}));
  const found = locateElectron({}, ELECTRON_DIR, filesystem(installed));

  it('a failed download becomes one line: the installer message without its stack, and what to do', () => {
    const result = afterInstall(failed(FETCH_FAILED), missing, VERSION);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toMatch(/^Electron cannot start: its binary could not be downloaded \(TypeError: fetch failed\)\./);
    expect(message).toContain(`Electron ${VERSION}`);
    expect(message).toContain('ELECTRON_EXEC_PATH');
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('names a timeout and an installer that could not start', () => {
    const timedOut = afterInstall({ status: null, timedOut: true, output: '' }, missing, VERSION);
    expect(timedOut.ok ? '' : timedOut.message).toContain('did not finish within 10 minutes');
    const notStarted = afterInstall(
      { status: null, timedOut: false, startError: 'spawn EACCES', output: '' },
      missing,
      VERSION,
    );
    expect(notStarted.ok ? '' : notStarted.message).toContain('could not start (spawn EACCES)');
  });

  it('succeeds only when the installer exited 0 and the binary is there', () => {
    expect(afterInstall({ status: 0, timedOut: false, output: '' }, found, VERSION)).toEqual({
      ok: true,
      path: join(ELECTRON_DIR, 'dist', 'electron'),
    });
    expect(afterInstall({ status: 0, timedOut: false, output: '' }, missing, VERSION).ok).toBe(false);
    expect(afterInstall(failed(''), found, VERSION).ok).toBe(false);
  });

  it('installerMessage keeps the last line that is not a stack frame, and shortens a long one', () => {
    expect(installerMessage(FETCH_FAILED)).toBe('TypeError: fetch failed');
    expect(installerMessage('\n   \n')).toBeNull();
    expect(installerMessage('x'.repeat(400))).toHaveLength(160);
  });
});

describe('what the rule rests on', () => {
  it("electron-vite 6 takes ELECTRON_EXEC_PATH first, else node_modules/electron/path.txt (else 'Electron uninstall')", () => {
    const chunks = join(ROOT, 'node_modules/electron-vite/dist/chunks');
    const source = readdirSync(chunks)
      .map((f) => readFileSync(join(chunks, f), 'utf8'))
      .find((text) => text.includes('function getElectronPath()'));
    const body = source?.slice(source.indexOf('function getElectronPath()')).split('\n}\n')[0] ?? '';
    expect(body).toContain('process.env.ELECTRON_EXEC_PATH');
    expect(body).toContain("'path.txt'");
    expect(body).toContain("'dist'");
    expect(body).not.toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it("Electron's installer prints the error's stack on failure (so its message is the last non-frame line)", () => {
    const install = readFileSync(join(ROOT, 'node_modules/electron/install.js'), 'utf8');
    expect(install).toContain('console.error(err.stack)');
    expect(install).toContain("writeFile(path.join(__dirname, 'path.txt'), platformPath)");
  });

  it('npm start, npm run dev and npm run test:electron run the binary step first; npm test does not', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const name of ['prestart', 'predev']) expect(pkg.scripts[name], name).toBe('tsx scripts/ensure-electron.ts');
    // Before the suite, a missing binary is left to the suite's skip line unless REQUIRE_ELECTRON=1.
    expect(pkg.scripts['pretest:electron']).toBe('tsx scripts/ensure-electron.ts --suite');
    expect(pkg.scripts.pretest).toBeUndefined();
    const testAll = readFileSync(join(ROOT, pkg.scripts.test.replace(/^node /, '')), 'utf8');
    expect(testAll).not.toMatch(/ensure-electron|install\.js|install-electron/);
  });
});

describe('scripts/ensure-electron.ts, run as npm runs it', () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(
      process.execPath,
      [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ensure-electron.ts', ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        // The CI variables are dropped first, so each case sets exactly what it tests.
        env: { ...withoutRequire(process.env), ...env },
      },
    );
  const nothing = { ELECTRON_EXEC_PATH: join(ROOT, 'no-such-electron') };

  it('exits 0 in silence when ELECTRON_EXEC_PATH names an executable', () => {
    const result = run({ ELECTRON_EXEC_PATH: process.execPath });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('exits 1 with exactly one line and no stack when ELECTRON_EXEC_PATH names nothing', () => {
    const result = run({ ELECTRON_EXEC_PATH: join(ROOT, 'no-such-electron') });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Electron cannot start: ELECTRON_EXEC_PATH is .*no-such-electron/);
  });

  it('before the suite (--suite), not required: exits 0 in silence so the suite prints its one skip line', () => {
    const result = run(nothing, ['--suite']);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  it.each(['REQUIRE_ELECTRON', 'SHOWCASE_REQUIRE_ELECTRON'])(
    'before the suite with %s=1: exits 1 with one line saying the suite had to run',
    (name) => {
      const result = run({ ...nothing, [name]: '1' }, ['--suite']);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(
        /^The Electron suite must run here \(REQUIRE_ELECTRON=1\)\. Electron cannot start: /,
      );
    },
  );
});

describe('failureOutcome', () => {
  it('is silent only before a suite that is not required', () => {
    expect(failureOutcome('m', true, false)).toEqual({ exitCode: 0, line: null });
    expect(failureOutcome('m', true, true)).toEqual({
      exitCode: 1,
      line: 'The Electron suite must run here (REQUIRE_ELECTRON=1). m',
    });
    expect(failureOutcome('m', false, false)).toEqual({ exitCode: 1, line: 'm' });
    expect(failureOutcome('m', false, true)).toEqual({ exitCode: 1, line: 'm' });
  });
});

describe('the Electron suite finds its binary by the same rule, and never downloads', () => {
  const dev = join(ELECTRON_SUITE_DIR, 'dist', 'electron');
  const devInstalled = filesystem({ [join(ELECTRON_SUITE_DIR, 'path.txt')]: 'electron', [dev]: '' });

  it('runs the dev binary, ELECTRON_EXEC_PATH first', () => {
    expect(suiteBinary({}, devInstalled)).toEqual({ path: dev, packaged: false });
    expect(suiteBinary({ ELECTRON_EXEC_PATH: '/opt/e/electron' }, filesystem({ '/opt/e/electron': '' }))).toEqual({
      path: '/opt/e/electron',
      packaged: false,
    });
  });

  it('skips where the binary is missing, unless REQUIRE_ELECTRON=1 (CI; old name SHOWCASE_REQUIRE_ELECTRON) makes that a failure', () => {
    expect(suiteBinary({}, filesystem({}))).toMatchObject({ path: null, required: false });
    expect(suiteBinary({ REQUIRE_ELECTRON: '0' }, filesystem({}))).toMatchObject({ path: null, required: false });
    for (const name of ['REQUIRE_ELECTRON', 'SHOWCASE_REQUIRE_ELECTRON'])
      expect(suiteBinary({ [name]: '1' }, filesystem({})), name).toMatchObject({ path: null, required: true });
  });

  it('runs a packaged build named by SHOWCASE_E2E_APP (made absolute), and fails when it is not there', () => {
    const app = resolve('dist/e2e/linux-unpacked/chery-showcase');
    expect(
      suiteBinary({ SHOWCASE_E2E_APP: 'dist/e2e/linux-unpacked/chery-showcase' }, filesystem({ [app]: '' })),
    ).toEqual({
      path: app,
      packaged: true,
    });
    expect(suiteBinary({ SHOWCASE_E2E_APP: 'dist/e2e/nothing' }, devInstalled)).toMatchObject({
      path: null,
      required: true,
    });
  });
});
