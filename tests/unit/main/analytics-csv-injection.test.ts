/**
 * The CSV export's formula guard, pinned by fixed inputs: each start a spreadsheet could run gets
 * the apostrophe, and ordinary text does not. (A property test that re-typed the guard's own
 * pattern let a guard without \t or \r pass; these cannot.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/main/analytics-csv';
import { readCsv } from '../../support/csv';

/** The slide id as it comes back out of an export. */
function exportedSlideId(slideId: string): string {
  const line = JSON.stringify({
    at: '2024-03-04T09:00:00.000Z',
    type: 'slide_view',
    slideId,
    locale: 'en',
    dwellMs: 1,
  });
  return readCsv(toCsv([line]).csv)[1][2];
}

const DANGEROUS: Array<[what: string, text: string]> = [
  ['equals', '=1+1'],
  ['plus', '+1+1'],
  ['minus', '-1+1'],
  ['at', '@SUM(A1)'],
  ['tab', '\t=1+1'],
  ['tab alone', '\tplain'],
  ['carriage return', '\r=1+1'],
  ['carriage return alone', '\rplain'],
  ['full-width equals', '\uFF1D1+1'],
  ['full-width plus', '\uFF0B1+1'],
  ['full-width minus', '\uFF0D1+1'],
  ['full-width at', '\uFF20SUM(A1)'],
  ['space then equals', ' =1+1'],
  ['spaces then at', '   @SUM(A1)'],
  ['ideographic space then equals', '\u3000=1+1'],
  ['no-break space then plus', '\u00A0+1'],
  ['space then full-width equals', ' \uFF1D1+1'],
];

describe('CSV export formula guard', () => {
  it.each(DANGEROUS)('defuses a value starting with %s', (_what, text) => {
    expect(exportedSlideId(text)).toBe(`'${text}`);
  });

  it.each([
    ['a slide id', 'award-2020'],
    ['a number-like id', '2020'],
    ['a formula sign later on', 'a=b+c-d@e'],
    ['a leading space before a letter', ' hall A'],
    ['the empty string', ''],
    ['an apostrophe already', "'=quoted"],
  ])('leaves %s alone', (_what, text) => {
    expect(exportedSlideId(text)).toBe(text);
  });

  it('property: every dangerous start is defused whatever follows', () => {
    const start = fc.constantFrom(...DANGEROUS.map(([, text]) => text.slice(0, text.search(/[^\s\u3000]/) + 1 || 1)));
    fc.assert(
      fc.property(start, fc.string(), (prefix, rest) => {
        expect(exportedSlideId(prefix + rest)).toBe(`'${prefix}${rest}`);
      }),
    );
  });
});
