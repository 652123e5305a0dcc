import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';

const ELECTRON_DIR = resolve(import.meta.dirname, '..', '..', 'node_modules', 'electron');

/** The Electron executable, or null with the reason it is not there. Never triggers a download. */
export function electronBinary(): { path: string } | { path: null; reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile) && !override) return { path: null, reason: 'the Electron binary is not installed (node_modules/electron/path.txt missing: its download is not possible on this machine)' };
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const full = override ? join(override, relative) : join(ELECTRON_DIR, 'dist', relative);
  return existsSync(full) ? { path: full } : { path: null, reason: `the Electron binary is missing at ${full}` };
}

let announced = false;
/** Skips the Electron suite with one printed line when the binary is absent. Call at the top of each spec file. */
export function requireElectron(): string {
  const binary = electronBinary();
  if (binary.path === null) {
    if (!announced) {
      announced = true;
      console.log(`SKIPPED electron e2e suite: ${binary.reason}. It runs wherever the binary exists (e.g. the release workflow).`);
    }
    test.skip(true, binary.reason);
    return '';
  }
  return binary.path;
}
