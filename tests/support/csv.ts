import { parse } from 'csv-parse/sync';

/**
 * Reads RFC 4180 text strictly with csv-parse (a reader independent of the app's writer): CRLF
 * record ends including the last one, "" escapes, quoted CR/LF; stray quotes and ragged rows throw.
 */
export function readCsv(text: string): string[][] {
  if (text !== '' && !text.endsWith('\r\n')) throw new Error('last record lacks its CRLF');
  return parse(text, { record_delimiter: '\r\n' }) as string[][];
}
