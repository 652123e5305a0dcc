/**
 * The CSV export of the analytics files, for the operator to take away on a USB stick. Every cell
 * is guarded against spreadsheet formulas: slide ids come from a content pack, and opening an
 * export must not execute anything.
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { StoredLine } from './analytics-event';
import { FILE_PATTERN, isMissing, type AnalyticsFs } from './analytics-files';

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
