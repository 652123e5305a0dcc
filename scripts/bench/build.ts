/** Builds for the bench: fault builds in a temporary folder, and what a build weighs. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO } from '../../tests/support/main-bridge';

export type Fault = 'busy' | 'leak';
export const FAULTS: readonly Fault[] = ['busy', 'leak'];
/** Strings only the fault code contains (see src/renderer/src/bench-faults.ts). */
export const FAULT_MARKERS: Record<Fault, string> = { busy: 'bench-fault-busy', leak: 'bench-fault-leak' };

export const CLEAN_RENDERER = join(REPO, 'out', 'renderer');

/**
 * Builds the app with RENDERER_VITE_BENCH_FAULT=`fault` into a temporary folder (never out/,
 * which stays the clean build). Returns the renderer folder and a cleanup function.
 */
export function buildWithFault(fault: Fault): { rendererDir: string; cleanup(): void } {
  const outDir = mkdtempSync(join(tmpdir(), `bench-fault-${fault}-`));
  const result = spawnSync('npx', ['electron-vite', 'build', '--outDir', outDir], {
    cwd: REPO,
    env: { ...process.env, RENDERER_VITE_BENCH_FAULT: fault },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`fault build failed:\n${result.stdout}\n${result.stderr}`);
  return { rendererDir: join(outDir, 'renderer'), cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

function jsFiles(rendererDir: string): string[] {
  const assets = join(rendererDir, 'assets');
  // Only JavaScript: fonts (.woff/.woff2) and the world-atlas data (.json) are not code.
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(assets, f));
}

/** Gzip size (level 9) of the renderer's JavaScript, in KB (1 KB = 1,000 bytes), with the files counted. */
export function rendererJsGzip(rendererDir: string): {
  kb: number;
  files: Array<{ file: string; bytes: number; gzip_bytes: number }>;
} {
  const files = jsFiles(rendererDir).map((file) => {
    const bytes = readFileSync(file);
    return {
      file: file.slice(rendererDir.length + 1),
      bytes: bytes.length,
      gzip_bytes: gzipSync(bytes, { level: 9 }).length,
    };
  });
  return { kb: files.reduce((sum, f) => sum + f.gzip_bytes, 0) / 1000, files };
}

/** The fault markers found in a renderer build (none in a clean build). */
export function faultMarkersIn(rendererDir: string): Fault[] {
  const code = jsFiles(rendererDir)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  return FAULTS.filter((f) => code.includes(FAULT_MARKERS[f]));
}
