/**
 * Local visitor analytics: one JSON object per line in `<userData>/analytics/events.jsonl`, rotated
 * by size, exported as CSV from the operator overlay. Nothing here opens a socket — the data stays
 * on the machine.
 *
 * Recording never throws: a full disk must not take the kiosk down. A failed write stops writing
 * (events wait in memory, bounded, and are written once a later retry works) and shows in the
 * operator overlay (`health()`); a failed rotation keeps every file and is retried later.
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { OperatorStatus } from '../shared/ipc';

/** What the kiosk records. Sessions run from a visitor's takeover to the idle return. */
export const AnalyticsEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('slide_view'), slideId: z.string(), locale: z.string(), dwellMs: z.number().min(0) }),
  z.object({ type: z.literal('session_start') }),
  z.object({ type: z.literal('session_end'), durationMs: z.number().min(0), touches: z.int().min(0) }),
  z.object({ type: z.literal('touch') }),
  z.object({ type: z.literal('locale'), locale: z.string() }),
]);
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;

/** A stored line: the event plus when it happened (ISO 8601, UTC). */
const StoredLine = z.intersection(z.object({ at: z.iso.datetime() }), AnalyticsEvent);

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

export interface AnalyticsOptions {
  dir: string;
  now: () => number;
  /** Rotate before a write would take the current file past this size. */
  maxBytes?: number;
  /** Files kept in all, the current one included (events.jsonl, events.1.jsonl …). */
  keepFiles?: number;
  /** After a failed write or rotation, how long to wait before touching the disk again. */
  retryMs?: number;
  /** Events kept in memory while the disk refuses them; later ones are counted as lost. */
  maxHeld?: number;
  fs?: AnalyticsFs;
  /** The rotation step (`rotateFiles`); tests swap in a weakened one as a control. */
  rotate?: (fs: AnalyticsFs, dir: string, keepFiles: number) => Promise<void>;
}

export interface AnalyticsStats {
  written: number;
  failed: number;
  lastError: string | null;
}

/** What the operator overlay shows about analytics (the shape lives in the IPC contract). */
export type AnalyticsHealth = NonNullable<OperatorStatus['analyticsHealth']>;

export interface Analytics {
  /** Appends one event. Resolves once written (or held, or dropped); never rejects. Writes happen in call order. */
  record(event: AnalyticsEvent): Promise<void>;
  /** Resolves once every event recorded so far is on disk or held in memory. */
  flushed(): Promise<void>;
  /** All kept events as CSV, oldest first (waits for pending writes). */
  exportCsv(): Promise<CsvExport>;
  stats(): AnalyticsStats;
  /** Writing or stopped, and why, for the operator overlay. */
  health(): AnalyticsHealth;
}

export const CURRENT_FILE = 'events.jsonl';
const rotatedName = (n: number) => (n === 0 ? CURRENT_FILE : `events.${n}.jsonl`);
const FILE_PATTERN = /^events(?:\.(\d+))?\.jsonl$/;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const errorCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;
const isMissing = (e: unknown) => errorCode(e) === 'ENOENT';

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

/** Creates the recorder. Files are only touched on the first `record`. */
export function createAnalytics(options: AnalyticsOptions): Analytics {
  const { dir, now, maxBytes = 5 * 1024 * 1024, keepFiles = 5, retryMs = 5 * 60_000, maxHeld = 10_000 } = options;
  const fs = options.fs ?? nodeFs;
  const rotate = options.rotate ?? rotateFiles;
  const current = join(dir, CURRENT_FILE);
  const stats: AnalyticsStats = { written: 0, failed: 0, lastError: null };
  /** Lines not on disk yet, oldest first: normally just the one being written. */
  const held: string[] = [];
  let lost = 0;
  let stoppedReason: string | null = null;
  let retryAt = 0;
  let rotationBlocked: string | null = null;
  let rotationRetryAt = 0;
  /** Bytes in the current file, tracked here so no write ever re-reads the file; null until known. */
  let size: number | null = null;
  let readOnce = false;
  let needsNewline = false;
  let queue: Promise<void> = Promise.resolve();

  /** Learns the current file's size: read once at start, then (after a failure) only stat. */
  async function open(): Promise<number> {
    await fs.mkdir(dir, { recursive: true });
    try {
      const existing = await fs.stat(current);
      if (existing.size > 0 && !readOnce) {
        // A power cut can leave a half-written last line; start ours on a fresh line.
        needsNewline = !(await fs.readFile(current, 'utf8')).endsWith('\n');
      }
      readOnce = true;
      return existing.size;
    } catch (e) {
      readOnce = true;
      if (isMissing(e)) return 0;
      throw e;
    }
  }

  async function rotateIfDue(size: number, bytes: number): Promise<boolean> {
    if (size === 0 || size + bytes <= maxBytes || now() < rotationRetryAt) return false;
    try {
      await rotate(fs, dir, keepFiles);
      rotationBlocked = null;
      return true;
    } catch (e) {
      // Keep writing to the current file (it grows past maxBytes for a while) and try again later.
      rotationBlocked = diskProblem(e);
      rotationRetryAt = now() + retryMs;
      stats.lastError = errorText(e);
      return false;
    }
  }

  /** Writes the held lines in order; on a failure keeps them and stops until `retryAt`. */
  async function drain(): Promise<void> {
    let done = 0;
    try {
      size ??= await open();
      for (const line of held) {
        if (await rotateIfDue(size, Buffer.byteLength(line))) {
          size = 0;
          needsNewline = false;
        }
        const text = needsNewline ? `\n${line}` : line;
        await fs.appendFile(current, text);
        size += Buffer.byteLength(text);
        needsNewline = false;
        done++;
        stats.written++;
      }
      stoppedReason = null;
    } catch (e) {
      stats.failed++;
      stats.lastError = errorText(e);
      stoppedReason = diskProblem(e);
      retryAt = now() + retryMs;
      // Part of the line may have reached the disk: learn the size again (stat, no read) and
      // start on a fresh line; a blank line is skipped by the export.
      size = null;
      needsNewline = true;
    } finally {
      held.splice(0, done);
    }
  }

  async function write(event: AnalyticsEvent): Promise<void> {
    let line: string;
    try {
      line = `${JSON.stringify({ at: new Date(now()).toISOString(), ...AnalyticsEvent.parse(event) })}\n`;
    } catch (e) {
      stats.failed++;
      stats.lastError = errorText(e);
      return;
    }
    if (held.length >= maxHeld) lost++;
    else held.push(line);
    // While stopped, an event costs no disk access at all until the retry is due.
    if (stoppedReason !== null && now() < retryAt) return;
    await drain();
  }

  return {
    record(event) {
      queue = queue.then(() => write(event));
      return queue;
    },
    flushed: () => queue,
    async exportCsv() {
      await queue;
      return exportCsv(dir, fs);
    },
    stats: () => ({ ...stats }),
    health: () => ({
      writing: stoppedReason === null,
      stoppedReason,
      heldInMemory: held.length,
      lostInMemory: lost,
      rotationBlocked,
      lastError: stats.lastError,
      retryAt: stoppedReason === null ? null : retryAt,
    }),
  };
}

export interface CsvExport {
  /** RFC 4180: CRLF line ends, header row, fields quoted when needed. */
  csv: string;
  rows: number;
  /** Lines that were not a valid event (e.g. cut short by a power loss), skipped. */
  corrupt: number;
}

export const CSV_COLUMNS = ['time', 'type', 'slideId', 'locale', 'dwellMs', 'durationMs', 'touches'] as const;

/**
 * Text a spreadsheet may run as a formula (OWASP "CSV Injection"): one starting with a tab or a
 * carriage return (some importers drop them and read what follows), or with = + - @ — also after
 * leading blanks (spreadsheets trim them on import) and in their full-width forms ＝ ＋ － ＠
 * (Excel folds these to ASCII in East Asian locales).
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV field. Text that could run as a formula ({@link FORMULA_START}) gets a leading
 * apostrophe: slide ids come from a content pack, and opening an export must not execute anything.
 */
function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Converts stored JSON lines to CSV. Blank lines are ignored; invalid ones are counted and skipped. */
export function toCsv(lines: Iterable<string>): CsvExport {
  const out = [CSV_COLUMNS.join(',')];
  let corrupt = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let parsed;
    try {
      parsed = StoredLine.safeParse(JSON.parse(line));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      corrupt++;
      continue;
    }
    const e = parsed.data as Record<string, string | number | undefined>;
    out.push([e.at, e.type, e.slideId, e.locale, e.dwellMs, e.durationMs, e.touches].map(csvField).join(','));
  }
  return { csv: `${out.join('\r\n')}\r\n`, rows: out.length - 1, corrupt };
}

/** Reads every kept analytics file in `dir`, oldest first, and converts them to CSV. */
export async function exportCsv(dir: string, fs: AnalyticsFs = nodeFs): Promise<CsvExport> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if (isMissing(e)) return toCsv([]);
    throw e;
  }
  const files = names
    .map((name) => ({ name, n: FILE_PATTERN.exec(name) }))
    .filter((f): f is { name: string; n: RegExpExecArray } => f.n !== null)
    .map((f) => ({ name: f.name, index: Number(f.n[1] ?? 0) }))
    .sort((a, b) => b.index - a.index);
  const lines: string[] = [];
  for (const f of files) lines.push(...(await fs.readFile(join(dir, f.name), 'utf8')).split('\n'));
  return toCsv(lines);
}
