/**
 * The crash history on disk (`<userData>/crash-history.json`): a few timestamps, read at start and
 * written synchronously — with fsync and an atomic rename — before anything else happens after a
 * crash. A relaunch follows within milliseconds (`app.exit`), so a fire-and-forget write would be
 * lost and the crash-loop count would start again at zero on every relaunch.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

/** Reads the history; a missing, unreadable or malformed file reads as "no crashes". */
export function readCrashHistory(file: string): number[] {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number' && Number.isFinite(n)) : [];
  } catch {
    return [];
  }
}

/** Writes the history durably before returning: temp file, fsync, rename over the old one. */
export function writeCrashHistorySync(file: string, history: readonly number[]): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(history));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
