/** Builds for the bench: fault builds in a temporary folder, and what a build weighs. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO } from '../../harness/main-bridge';

export type Fault = 'busy' | 'leak';
export const FAULTS: readonly Fault[] = ['busy', 'leak'];
/** Strings only the fault code contains (see src/renderer/src/bench-faults.ts). */
export const FAULT_MARKERS: Record<Fault, string> = { busy: 'bench-fault-busy', leak: 'bench-fault-leak' };

/**
 * The clean renderer build the bench measures: out/renderer, or SHOWCASE_RENDERER_DIR (the same
 * variable the test harness serves from), so a build elsewhere (`electron-vite build --outDir
 * /tmp/x`) is measured without touching out/. Results go beside it ({@link BENCH_OUT}).
 */
export const CLEAN_RENDERER = process.env.SHOWCASE_RENDERER_DIR
  ? resolve(process.env.SHOWCASE_RENDERER_DIR)
  : join(REPO, 'out', 'renderer');
/** Where results.json and soak.json are written: out/bench, or `bench` beside SHOWCASE_RENDERER_DIR. */
export const BENCH_OUT = join(dirname(CLEAN_RENDERER), 'bench');

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

/**
 * Gzip size (level 9) in KB of the JavaScript on the first slide's path: the scripts and module
 * preloads index.html names, and what they import statically. Lazy chunks (the map slide, the
 * presenter dashboard) are left out: they are fetched after the first slide is painted.
 */
export function firstSlideJsGzip(rendererDir: string): { kb: number; files: string[] } {
  return jsGzip(rendererDir, entryScripts(rendererDir));
}

/**
 * Gzip size (level 9) in KB of the JavaScript a view needs to be live: the first slide's path
 * plus the app itself, which the entry (boot.ts) imports once main's first view has been painted
 * (`import("./main-….js")`, quoted any way the minifier likes), and what that imports statically. Reported, not gated: it is what a
 * touch waits for, not the first slide.
 */
export function appJsGzip(rendererDir: string): { kb: number; files: string[] } {
  const entries = entryScripts(rendererDir);
  const app = entries.flatMap((file) =>
    [...readFileSync(join(rendererDir, file), 'utf8').matchAll(/\bimport\(\s*["'`]\.\/(main-[^"'`]+\.js)["'`]\s*\)/g)].map(
      (m) => `assets/${m[1]}`,
    ),
  );
  return jsGzip(rendererDir, [...entries, ...app]);
}

/** The scripts and module preloads index.html names. */
function entryScripts(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
}

/** Gzip size of `roots` and every chunk they import statically. */
function jsGzip(rendererDir: string, roots: string[]): { kb: number; files: string[] } {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(rendererDir, file), 'utf8');
    // Static imports between chunks (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(`assets/${m[1]}`);
  };
  roots.forEach(visit);
  const files = [...seen];
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(rendererDir, f)), { level: 9 }).length, 0);
  return { kb: bytes / 1000, files };
}
