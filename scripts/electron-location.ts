/**
 * Where the Electron executable is, decided the way electron-vite decides it, so `npm start`,
 * `npm run dev`, the binary step (scripts/ensure-electron.ts) and the Electron suite
 * (tests/electron/electron-binary.ts) agree on one rule:
 *
 *   1. `ELECTRON_EXEC_PATH`, when set, is the executable (electron-vite 6 `getElectronPath` in
 *      node_modules/electron-vite/dist/chunks/lib-*.js reads it first and spawns it as is);
 *   2. otherwise `node_modules/electron/path.txt` names it under `node_modules/electron/dist/`
 *      (what Electron's own installer, install.js, writes after extracting the download).
 *
 * `ELECTRON_OVERRIDE_DIST_PATH` is deliberately not used: Electron's index.js honours it, but
 * electron-vite never reads it, so `npm start` would ignore a folder the tests accepted.
 * Pure: the file system comes in as a probe, so tests/unit/packaging decides every case.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the decision needs to know about the file system. */
export interface FileProbe {
  /** True for an existing regular file this user may execute (on Windows: any existing file). */
  isExecutableFile(path: string): boolean;
  /** The text of a file, or null when it cannot be read. */
  readText(path: string): string | null;
}

/** Where the executable came from, or why there is none. */
export type ElectronLocation =
  | { found: true; path: string; source: 'ELECTRON_EXEC_PATH' | 'node_modules/electron' }
  /**
   * `installable`: Electron's own installer may fetch it (nothing set by hand is wrong);
   * false when ELECTRON_EXEC_PATH names something that is not an executable, which no download fixes.
   */
  | { found: false; installable: boolean; reason: string };

/**
 * Finds the Electron executable.
 * @param env the environment (only ELECTRON_EXEC_PATH is read)
 * @param electronDir the `node_modules/electron` folder
 */
export function locateElectron(
  env: Readonly<Record<string, string | undefined>>,
  electronDir: string,
  probe: FileProbe,
): ElectronLocation {
  const exec = env.ELECTRON_EXEC_PATH;
  if (exec) {
    return probe.isExecutableFile(exec)
      ? { found: true, path: exec, source: 'ELECTRON_EXEC_PATH' }
      : {
          found: false,
          installable: false,
          reason: `ELECTRON_EXEC_PATH is ${exec}, which is not an executable file (on macOS point it at Electron.app/Contents/MacOS/Electron)`,
        };
  }
  // install.js writes path.txt without a newline; electron-vite joins it as read. Trim anyway:
  // a hand-edited file with a newline would otherwise name a file that does not exist.
  const relative = probe.readText(join(electronDir, 'path.txt'))?.trim();
  if (!relative)
    return {
      found: false,
      installable: true,
      reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing)',
    };
  const path = join(electronDir, 'dist', relative);
  return probe.isExecutableFile(path)
    ? { found: true, path, source: 'node_modules/electron' }
    : { found: false, installable: true, reason: `the Electron binary is missing at ${path}` };
}

/** The real file system, for the scripts and the Electron suite. */
export const nodeFileProbe: FileProbe = {
  isExecutableFile(path) {
    try {
      if (!statSync(path).isFile()) return false;
      // Windows has no execute bit: an existing file is as executable as it gets.
      if (process.platform !== 'win32') accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
};

/**
 * Whether the Electron suite must run here (CI): `REQUIRE_ELECTRON=1`, or its older name
 * `SHOWCASE_REQUIRE_ELECTRON=1`. Then a missing binary is a failure, never a skip.
 */
export function electronRequired(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.REQUIRE_ELECTRON === '1' || env.SHOWCASE_REQUIRE_ELECTRON === '1';
}
