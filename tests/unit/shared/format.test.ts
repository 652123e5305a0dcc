import { describe, expect, it } from 'vitest';
import { fillTemplate, formatNumber, formatStat, intlLocale } from '../../../src/shared/format';

// The source's figure: 1.65 million. Compact notation must never round it to 1.7.
const FIGURE = 1_650_000;

describe('formatNumber', () => {
  it('en compact: "1.65 million"', () => {
    expect(formatNumber(FIGURE, 'en', true)).toBe('1.65 million');
  });
  it('zh-CN compact: "165万"', () => {
    expect(formatNumber(FIGURE, 'zh-CN', true)).toBe('165万');
  });
  it('ru compact keeps "1,65"', () => {
    expect(formatNumber(FIGURE, 'ru', true)).toContain('1,65');
  });
  it('ar compact is what Intl gives for Arabic pinned to Latin digits (words and separators chosen by ICU)', () => {
    const expected = new Intl.NumberFormat('ar-u-nu-latn', {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 4,
    }).format(FIGURE);
    expect(formatNumber(FIGURE, 'ar', true)).toBe(expected);
  });
  it('never rounds 1.65 million to 1.7 in any deck locale', () => {
    for (const locale of ['en', 'zh-CN', 'ru', 'ar', 'ar-EG']) {
      const text = formatNumber(FIGURE, locale, true);
      expect(text, locale).not.toMatch(/1[.,٫]7/);
      expect(text, locale).not.toMatch(/١[.,٫]٧/);
      expect(text, locale).not.toMatch(/^2/);
    }
  });
  it('writes Arabic in Latin digits whatever the runtime’s default for the region', () => {
    for (const locale of ['ar', 'ar-EG', 'ar-SA']) {
      expect(formatNumber(1500, locale), locale).toBe('1,500');
      expect(formatNumber(FIGURE, locale, true), locale).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    }
    // Control: unpinned, this runtime does use Arabic-Indic digits for Egypt.
    expect(new Intl.NumberFormat('ar-EG').format(1500)).toMatch(/[\u0660-\u0669]/);
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(intlLocale('ar-u-nu-arab')).toBe('ar-u-nu-arab');
    expect(intlLocale('zh-CN')).toBe('zh-CN');
  });
  it('keeps four significant digits in compact form', () => {
    expect(formatNumber(1_234_000, 'en', true)).toBe('1.234 million');
  });
  it('plain numbers use the locale separators and up to two decimals', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ru')).toBe(new Intl.NumberFormat('ru', { maximumFractionDigits: 2 }).format(1234.5));
    expect(formatNumber(2 / 3, 'en')).toBe('0.67');
    expect(formatNumber(80, 'en')).toBe('80');
  });
});

describe('formatStat', () => {
  it('adds "+" when the source says "over"', () => {
    expect(formatStat({ value: 80, over: true, compact: false }, 'en')).toBe('80+');
    expect(formatStat({ value: 80, over: false, compact: false }, 'en')).toBe('80');
  });
  it('uses compact notation when asked', () => {
    expect(formatStat({ value: FIGURE, over: false, compact: true }, 'en')).toBe('1.65 million');
    expect(formatStat({ value: FIGURE, over: true, compact: true }, 'zh-CN')).toBe('165万+');
  });
});

describe('fillTemplate', () => {
  it('replaces named placeholders', () => {
    expect(fillTemplate('Slide {n} of {total}', { n: 3, total: 12 })).toBe('Slide 3 of 12');
  });
  it('leaves unknown placeholders as they are', () => {
    expect(fillTemplate('Back in {seconds} s {unknown}', { seconds: 10 })).toBe('Back in 10 s {unknown}');
  });
  it('replaces repeated placeholders and accepts strings', () => {
    expect(fillTemplate('{a}-{a}-{b}', { a: 'x', b: '' })).toBe('x-x-');
  });
  it('does not treat inherited properties as values', () => {
    expect(fillTemplate('{toString}', {})).toBe('{toString}');
  });
});
