/**
 * Shared helpers for the packaging tests: load electron-builder.yml and answer "where does
 * electron-builder put this repo file?" the way its extraResources / files rules do.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimatch } from 'minimatch';

/** Repository root (tests/unit/packaging → ../../..). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** One extraResources entry as electron-builder accepts it (string or FileSet). */
export type FileSetEntry = string | { from?: string; to?: string; filter?: string | string[] };

/** The parts of electron-builder.yml the tests read; the schema test checks the whole file. */
export interface BuilderConfig {
  [key: string]: unknown;
  appId?: string;
  productName?: string;
  asar?: boolean;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  extraResources?: FileSetEntry[];
  electronFuses?: Record<string, boolean>;
  win?: { target?: TargetEntry[]; icon?: string };
  nsis?: Record<string, unknown>;
  mac?: { target?: TargetEntry[]; category?: string; icon?: string };
  linux?: { target?: TargetEntry[]; category?: string; maintainer?: string; icon?: string };
}

/** A platform target as written in the config. */
export type TargetEntry = string | { target: string; arch?: string | string[] };

// js-yaml ships with electron-builder (which parses this very file with it) but has no types here.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

/** Parses electron-builder.yml from the repository root. */
export function loadBuilderConfig(): BuilderConfig {
  return yaml.load(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

/** Normalises a path relative to ROOT to forward slashes, as electron-builder's globs expect. */
export function toRepoPath(absoluteOrRelative: string): string {
  return relative(ROOT, resolve(ROOT, absoluteOrRelative)).split(sep).join('/');
}

function asList(filter: string | string[] | undefined): string[] {
  if (filter === undefined) return ['**/*'];
  return Array.isArray(filter) ? filter : [filter];
}

/** True when the path passes a glob list with electron-builder semantics (positives, then `!` excludes). */
export function passesFilter(path: string, patterns: readonly string[]): boolean {
  const positives = patterns.filter((p) => !p.startsWith('!'));
  const negatives = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const included = positives.length === 0 || positives.some((p) => minimatch(path, p, { dot: true }));
  return included && !negatives.some((p) => minimatch(path, p, { dot: true }));
}

/**
 * Where a repo file lands under `process.resourcesPath` according to `extraResources`, or null
 * when no entry bundles it. Mirrors electron-builder's FileSet rules: `from` is a file or a folder
 * (relative to the project), `to` defaults to `from`, and `filter` globs are relative to `from`.
 */
export function extraResourceDestination(entries: readonly FileSetEntry[], repoPath: string): string | null {
  for (const raw of entries) {
    const entry = typeof raw === 'string' ? { from: raw, to: raw } : raw;
    const from = toRepoPath(entry.from ?? '.');
    const to = entry.to ?? from;
    if (repoPath === from) return posix.normalize(to);
    if (!repoPath.startsWith(`${from}/`)) continue;
    const inside = repoPath.slice(from.length + 1);
    if (passesFilter(inside, asList(entry.filter))) return posix.join(to, inside);
  }
  return null;
}

/** Names a target list's entries as `name` or `name:arch`, for readable assertions. */
export function targetNames(targets: readonly TargetEntry[] | undefined): string[] {
  return (targets ?? []).flatMap((t) => {
    if (typeof t === 'string') return [t];
    const arches = t.arch === undefined ? [] : Array.isArray(t.arch) ? t.arch : [t.arch];
    return arches.length === 0 ? [t.target] : arches.map((a) => `${t.target}:${a}`);
  });
}
