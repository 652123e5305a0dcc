/**
 * Finds where JSON text goes wrong, in words a content editor understands.
 *
 * Why not just read V8's message: on Node 20 only some JSON.parse errors carry
 * `at position N` ("Unexpected token ',', …" does not), and none say "trailing comma".
 * This small scanner runs only after JSON.parse has failed, so it needs no speed.
 */

export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units) where the problem is. */
  offset: number;
  message: string;
}

import { MAX_JSON_DEPTH } from './limits';

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of file';
  if (ch === '\n' || ch === '\r') return 'line break';
  return JSON.stringify(ch);
}

/** Scans `text` as strict JSON; returns the first syntax error, or null when it is valid. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };

  const string = (): void => {
    const start = i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail('unterminated string (no closing quote)', start);
      if (ch === '"') return void i++;
      if (ch < ' ')
        fail(
          ch === '\n' || ch === '\r'
            ? 'unterminated string (line break inside a string)'
            : 'control character inside a string',
        );
      if (ch === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape (needs 4 hex digits)');
          i += 6;
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail(`bad escape "\\${esc ?? ''}"`);
        i += 2;
        continue;
      }
      i++;
    }
  };

  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') fail('bad number');
    i += m![0].length;
  };

  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    if (ch === "'") fail('strings need double quotes, not single quotes');
    if (ch === '/') fail('comments are not allowed in JSON');
    fail(`expected a value, found ${describe(ch)}`);
  };

  // Where the last comma was: a trailing comma is reported at the comma, where the fix is.
  let comma = 0;
  // Nesting is bounded here as in the loader, so the recursion below stays far from the stack's end.
  let depth = 0;
  const enter = (): void => {
    if (++depth > MAX_JSON_DEPTH) fail(`nested more than ${MAX_JSON_DEPTH} levels deep`);
    i++;
  };
  const object = (): void => {
    enter();
    ws();
    if (text[i] === '}') return void (i++, depth--);
    for (;;) {
      ws();
      if (text[i] === '}') fail('trailing comma before "}"', comma);
      if (text[i] === '/') fail('comments are not allowed in JSON');
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(text[i])}`);
      string();
      ws();
      if (text[i] !== ':') fail(`expected ":" after the property name, found ${describe(text[i])}`);
      i++;
      value();
      ws();
      if (text[i] === ',') {
        comma = i++;
        continue;
      }
      if (text[i] === '}') return void (i++, depth--);
      fail(`expected "," or "}" after a property value, found ${describe(text[i])} (missing comma?)`);
    }
  };

  const array = (): void => {
    enter();
    ws();
    if (text[i] === ']') return void (i++, depth--);
    for (;;) {
      ws();
      if (text[i] === ']') fail('trailing comma before "]"', comma);
      value();
      ws();
      if (text[i] === ',') {
        comma = i++;
        continue;
      }
      if (text[i] === ']') return void (i++, depth--);
      fail(`expected "," or "]" after an array item, found ${describe(text[i])} (missing comma?)`);
    }
  };

  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.reason };
    // Deep nesting can exhaust the stack; the caller then falls back to V8's message.
    return null;
  }
}

/** 1-based line and column (in characters, as editors count them) of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let k = 0; k < before.length; k++) if (before.charCodeAt(k) === 10) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}
