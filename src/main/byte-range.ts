/** One satisfiable byte range of a file, both ends inclusive (as `Content-Range` states them). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads a `Range` request header against a file of `size` bytes (RFC 9110 §14). A single
 * `bytes=` range is honoured; no header, another unit, several ranges or a malformed value give
 * null (the server then sends the whole file with 200, which the RFC allows); a well-formed range
 * that starts past the end gives 'unsatisfiable' (416).
 */
export function parseRange(header: string | null | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    // Suffix range: the last N bytes.
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
