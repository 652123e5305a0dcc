/**
 * Local visitor analytics: one JSON object per line in `<userData>/analytics/events.jsonl`, rotated
 * by size, exported as CSV from the operator overlay. Nothing here opens a socket — the data stays
 * on the machine.
 *
 * Recording never throws: a full disk must not take the kiosk down. A failed write stops writing
 * (events wait in memory, bounded, and are written once a later retry works) and shows in the
 * operator overlay (`health()`); a failed rotation keeps every file and is retried later.
 *
 * This module is the store; the record format (analytics-event.ts), the files and their rotation
 * (analytics-files.ts) and the CSV export (analytics-csv.ts) are modules of their own.
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import type { OperatorStatus } from '../shared/ipc';
import { AnalyticsEvent } from './analytics-event';
import { exportCsv, type CsvExport } from './analytics-csv';
import { CURRENT_FILE, diskProblem, errorText, isMissing, rotateFiles, type AnalyticsFs } from './analytics-files';

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
