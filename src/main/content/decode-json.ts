/**
 * THE JSON reader of the app: deck.json (load-pack.ts) and settings.json (src/main/settings.ts)
 * both go through `parseJson`, so a syntax error reads the same wherever it is —
 * `invalid JSON at line L, column C: <what is wrong>` — with the file named by the Problem.
 */
import { lineColumn, locateJsonError } from './json-syntax';

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Offset of the first byte that breaks UTF-8, so the message can say where.
 * TextDecoder stays the authority on validity; this only finds the place.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a file's bytes as UTF-8 (a leading byte-order mark is allowed and dropped).
 * Fails with a message for empty files, UTF-16 files and bytes that are not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded<string> {
  if (bytes.length === 0) return { ok: false, message: 'file is empty (0 bytes)' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, message: 'file is UTF-16 text; save it as UTF-8' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let k = 0; k < at; k++) if (bytes[k] === 0x0a) line++;
    const where =
      at >= 0
        ? ` (first bad byte 0x${bytes[at].toString(16).padStart(2, '0')} at line ${line}, byte offset ${at})`
        : '';
    return { ok: false, message: `file is not valid UTF-8${where}; save it as UTF-8` };
  }
  if (text.trim() === '') {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: false, message: bom ? 'file is empty (only a byte-order mark)' : 'file is empty (only whitespace)' };
  }
  return { ok: true, value: text };
}

/** Parses JSON text; a failure message names the line and column of the first syntax error. */
export function parseJson(text: string): Decoded<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = locateJsonError(text);
    if (found) {
      const { line, column } = lineColumn(text, found.offset);
      return { ok: false, message: `invalid JSON at line ${line}, column ${column}: ${found.message}` };
    }
    // Our scanner accepted what V8 refused (or ran out of stack): use V8's position when it gives one.
    const raw = e instanceof Error ? e.message : String(e);
    const pos = /at position (\d+)/.exec(raw);
    if (pos) {
      const { line, column } = lineColumn(text, Number(pos[1]));
      return { ok: false, message: `invalid JSON at line ${line}, column ${column}` };
    }
    return { ok: false, message: `invalid JSON: ${raw.slice(0, 200)}` };
  }
}
