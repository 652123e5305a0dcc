/**
 * The analytics files on disk: their names (events.jsonl, then events.1.jsonl … oldest last), the
 * file-system subset the store and the export use, the rotation, and the words an operator sees
 * when the disk refuses. Apart from the store (analytics.ts), so the CSV export reads the same
 * layout without importing the store.
 */
import { join } from 'node:path';

/** The subset of `node:fs/promises` used here; tests pass one that fails like a real disk. */
export interface AnalyticsFs {
  appendFile(path: string, data: string): Promise<void>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  stat(path: string): Promise<{ size: number }>;
}

export const CURRENT_FILE = 'events.jsonl';
const rotatedName = (n: number) => (n === 0 ? CURRENT_FILE : `events.${n}.jsonl`);
export const FILE_PATTERN = /^events(?:\.(\d+))?\.jsonl$/;
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const errorCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;
export const isMissing = (e: unknown) => errorCode(e) === 'ENOENT';

/** Why the disk refused, in words an operator can act on. */
export function diskProblem(e: unknown): string {
  switch (errorCode(e)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'no permission to write the analytics folder';
    case 'EBUSY':
      return 'the file is open in another program';
    default:
      return 'writing failed';
  }
}

/** The rotated file indices present in `dir` (0 is the current file). */
async function fileIndices(fs: AnalyticsFs, dir: string): Promise<Set<number>> {
  const indices = new Set<number>();
  for (const name of await fs.readdir(dir)) {
    const m = FILE_PATTERN.exec(name);
    if (m) indices.add(Number(m[1] ?? 0));
  }
  return indices;
}

/**
 * Moves the current file to events.1.jsonl, shifting older files up, and only then deletes
 * files past `keepFiles`. Each rename goes to a free name (the first gap in the numbering), so no
 * rename ever replaces a file: if one fails (EBUSY while antivirus or Excel holds a file), the
 * rotation stops with every file still in place, and a later rotation continues from the gap.
 * Throws the first failing rename's error (nothing deleted then). A stuck oldest file that cannot be
 * deleted stays, and goes with the next rotation.
 */
export async function rotateFiles(fs: AnalyticsFs, dir: string, keepFiles: number): Promise<void> {
  const before = await fileIndices(fs, dir);
  if (!before.has(0)) return;
  let gap = 1;
  while (before.has(gap)) gap++;
  for (let n = gap - 1; n >= 0; n--) await fs.rename(join(dir, rotatedName(n)), join(dir, rotatedName(n + 1)));
  // Every rename succeeded: now the oldest files can go.
  for (const n of before) {
    const after = n < gap ? n + 1 : n;
    if (after >= keepFiles) await fs.rm(join(dir, rotatedName(after)), { force: true }).catch(() => undefined);
  }
}
