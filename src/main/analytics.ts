/**
 * Local visitor analytics: one JSON object per line in `<userData>/analytics/events.jsonl`, rotated
 * by size, exported as CSV from the operator overlay. Nothing here opens a socket — the data stays
 * on the machine.
 *
 * Recording never throws: a full disk must not take the kiosk down, so failures are counted
 * (`stats()`) and the event is dropped.
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

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

/** The subset of `node:fs/promises` used here; tests pass a failing one. */
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
  fs?: AnalyticsFs;
}

export interface AnalyticsStats {
  written: number;
  failed: number;
  lastError: string | null;
}

export interface Analytics {
  /** Appends one event. Resolves once written (or dropped); never rejects. Writes happen in call order. */
  record(event: AnalyticsEvent): Promise<void>;
  /** Resolves once every event recorded so far is on disk. */
  flushed(): Promise<void>;
  /** All kept events as CSV, oldest first (waits for pending writes). */
  exportCsv(): Promise<CsvExport>;
  stats(): AnalyticsStats;
}

export const CURRENT_FILE = 'events.jsonl';
const rotatedName = (n: number) => (n === 0 ? CURRENT_FILE : `events.${n}.jsonl`);
const FILE_PATTERN = /^events(?:\.(\d+))?\.jsonl$/;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

/** Creates the recorder. Files are only touched on the first `record`. */
export function createAnalytics(options: AnalyticsOptions): Analytics {
  const { dir, now, maxBytes = 5 * 1024 * 1024, keepFiles = 5, fs = nodeFs } = options;
  const current = join(dir, CURRENT_FILE);
  const stats: AnalyticsStats = { written: 0, failed: 0, lastError: null };
  let size: number | null = null; // bytes in the current file; null until read from disk
  let needsNewline = false;
  let queue: Promise<void> = Promise.resolve();

  async function open(): Promise<number> {
    await fs.mkdir(dir, { recursive: true });
    try {
      const existing = await fs.stat(current);
      // A power cut can leave a half-written last line; start ours on a fresh line.
      if (existing.size > 0) needsNewline = !(await fs.readFile(current, 'utf8')).endsWith('\n');
      return existing.size;
    } catch (e) {
      if (isMissing(e)) return 0;
      throw e;
    }
  }

  async function rotate(): Promise<void> {
    await fs.rm(join(dir, rotatedName(keepFiles - 1)), { force: true });
    for (let n = keepFiles - 2; n >= 0; n--) {
      await fs.rename(join(dir, rotatedName(n)), join(dir, rotatedName(n + 1))).catch((e: unknown) => {
        if (!isMissing(e)) throw e;
      });
    }
    size = 0;
    needsNewline = false;
  }

  async function write(event: AnalyticsEvent): Promise<void> {
    try {
      const line = `${JSON.stringify({ at: new Date(now()).toISOString(), ...AnalyticsEvent.parse(event) })}\n`;
      size ??= await open();
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) await rotate();
      const text = needsNewline ? `\n${line}` : line;
      await fs.appendFile(current, text);
      size += Buffer.byteLength(text);
      needsNewline = false;
      stats.written++;
    } catch (e) {
      size = null; // re-read from disk next time: we no longer know what is there
      stats.failed++;
      stats.lastError = errorText(e);
    }
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
 * One CSV field. Text that a spreadsheet would run as a formula (starting with = + - @ or a
 * control character) gets a leading apostrophe: slide ids come from a content pack, and opening
 * an export must not execute anything.
 */
function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
