import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseJson } from '../../../src/main/content/decode-json';
import { lineColumn, locateJsonError } from '../../../src/main/content/json-syntax';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a leading byte-order mark', () => {
    expect(decodeUtf8(utf8('{"a":"Чери"}'))).toEqual({ ok: true, value: '{"a":"Чери"}' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, value: '{}' });
  });

  it('refuses empty, BOM-only, whitespace-only, UTF-16 and non-UTF-8 files with a reason', () => {
    const message = (b: Uint8Array) => {
      const r = decodeUtf8(b);
      return r.ok ? 'ok' : r.message;
    };
    expect(message(bytes())).toBe('file is empty (0 bytes)');
    expect(message(bytes(0xef, 0xbb, 0xbf))).toBe('file is empty (only a byte-order mark)');
    expect(message(utf8(' \n\t'))).toBe('file is empty (only whitespace)');
    expect(message(bytes(0xff, 0xfe, 0x7b, 0x00))).toMatch(/UTF-16/);
    expect(message(bytes(0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d))).toBe(
      'file is not valid UTF-8 (first bad byte 0xe9 at line 2, byte offset 3); save it as UTF-8',
    );
    // Overlong encoding and a truncated sequence are caught too.
    expect(message(bytes(0xc0, 0xaf))).toMatch(/byte offset 0/);
    expect(message(bytes(0x41, 0xe2, 0x82))).toMatch(/byte offset 1/);
  });
});

describe('locateJsonError / parseJson', () => {
  const cases: [string, string, string][] = [
    ['{"a": 1,}', 'line 1, column 8', 'trailing comma before "}"'],
    ['[1,\n 2,\n]', 'line 2, column 3', 'trailing comma before "]"'],
    ['{\n  "a": "x\n}', 'line 2, column 10', 'unterminated string (line break inside a string)'],
    ['{"a": "x', 'line 1, column 7', 'unterminated string (no closing quote)'],
    ['{\n  // note\n}', 'line 2, column 3', 'comments are not allowed in JSON'],
    ["{'a': 1}", 'line 1, column 2', 'expected a property name in double quotes, found "\'"'],
    ['{"a": 1 "b": 2}', 'line 1, column 9', 'expected "," or "}" after a property value, found "\\"" (missing comma?)'],
    ['{"a": tru}', 'line 1, column 7', 'expected a value, found "t"'],
    ['{"a": 01}', 'line 1, column 8', 'expected "," or "}" after a property value, found "1" (missing comma?)'],
    ['{"a": "\\x"}', 'line 1, column 8', 'bad escape "\\x"'],
    ['{} {}', 'line 1, column 4', 'unexpected "{" after the end of the JSON value'],
    ['{"a": [1, 2}', 'line 1, column 12', 'expected "," or "]" after an array item, found "}" (missing comma?)'],
    ['{"ключ": 1,}', 'line 1, column 11', 'trailing comma before "}"'],
  ];
  it.each(cases)('%j → %s: %s', (text, where, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(parseJson(text)).toEqual({ ok: false, message: `invalid JSON at ${where}: ${reason}` });
  });

  it('agrees with JSON.parse on valid text', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+3', '"\\u00e9\\n"', 'true', ' null ', '{"a":[{"b":{}}],"c":""}']) {
      expect(locateJsonError(text)).toBeNull();
      expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(lineColumn('😀x', 2)).toEqual({ line: 1, column: 2 });
    expect(lineColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});

// Moved here from settings.test.ts: settings.json is read through the same parser (decode-json.ts).
describe('locateJsonError offsets', () => {
  it('points at the first error (a trailing comma at the comma, where the fix is)', () => {
    const offset = (text: string) => locateJsonError(text)?.offset;
    expect(offset('{"a":1,}')).toBe(6);
    expect(offset('{"a":1')).toBe(6);
    expect(offset('[1, 2] x')).toBe(7);
    expect(offset('"tab\there"')).toBe(4);
    expect(offset('"\\x"')).toBe(1);
  });

  it('property: agrees with JSON.parse on what is valid', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().map((s) => s.slice(0, -1)),
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', 'x', '\\', ' ')).map(([s, n, c]) => {
        const at = s.length === 0 ? 0 : n % s.length;
        return s.slice(0, at) + c + s.slice(at);
      }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
        expect(parseJson(text).ok).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
