import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../src/main/byte-range';

describe('parseRange (RFC 9110 §14)', () => {
  it.each([
    ['bytes=0-7', 100, { start: 0, end: 7 }],
    ['bytes=10-', 100, { start: 10, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=-500', 100, { start: 0, end: 99 }],
    ['bytes=90-500', 100, { start: 90, end: 99 }],
    ['BYTES = 1 - 2', 100, { start: 1, end: 2 }],
  ])('%s of %i bytes → %o', (header, size, range) => expect(parseRange(header, size)).toEqual(range));

  it.each([
    ['bytes=100-', 100],
    ['bytes=100-200', 100],
    ['bytes=-0', 100],
    ['bytes=0-', 0],
  ])('%s of %i bytes is unsatisfiable (416)', (header, size) => expect(parseRange(header, size)).toBe('unsatisfiable'));

  it.each([[null], [undefined], [''], ['bytes=-'], ['bytes=5-1'], ['items=0-1'], ['bytes=0-1,3-4'], ['bytes=a-b']])(
    '%j is ignored: the whole file is sent (200)',
    (header) => expect(parseRange(header, 100)).toBeNull(),
  );
});
