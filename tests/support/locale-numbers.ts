/**
 * Numbers, read back: the figures of the source document, and a parser that turns what the
 * page rendered for a locale (Intl output: grouping, decimal mark, native digits, compact
 * words such as "million", "млн", "万", "مليون") back into numbers. The separators and words
 * are learned from the page's own Intl (`learnNumberSymbols`), never hard-coded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** What a locale's Intl.NumberFormat emits, learned in the page that rendered the text. */
export interface NumberSymbols {
  locale: string;
  /** Group separators; space-like ones (U+0020/U+00A0/U+202F) stand for each other. */
  groups: string[];
  decimal: string;
  /** Native digits 0–9 in order (Latin for most locales). */
  digits: string[];
  /** Compact words/suffixes with their multipliers: "million" → 1e6, "万" → 1e4. */
  compact: Array<{ word: string; multiplier: number }>;
}

const SPACES = [' ', '\u00a0', '\u202f'];

/** Learns the locale's separators, digits and compact words from the page's own Intl. */
export function learnNumberSymbols(page: Page, locale: string): Promise<NumberSymbols> {
  // Sent as source text; `__name` is the helper esbuild (tsx) wraps named functions with.
  return page.evaluate(
    `(() => { const __name = (f) => f; return (${numberSymbolsFor.toString()})(${JSON.stringify(locale)}); })()`,
  );
}

/**
 * The symbols of `loc` from this runtime's Intl. Self-contained (no outside references) so
 * that Playwright can run it inside the page, whose Intl formatted the text.
 */
export function numberSymbolsFor(locale: string): NumberSymbols {
  // The app pins Arabic to Latin digits (src/shared/format.ts intlLocale); read with the same pin.
  const loc = /^ar(-|$)/.test(locale) && !/-u-/.test(locale) ? `${locale}-u-nu-latn` : locale;
  const nf = new Intl.NumberFormat(loc);
  const parts = nf.formatToParts(1234567.891);
  const digits = Array.from({ length: 10 }, (_, d) => nf.format(d));
  const toLatin = (s: string) => s.replace(/./gu, (c) => (digits.includes(c) ? String(digits.indexOf(c)) : c));
  const found = new Map<string, number>();
  for (const display of ['long', 'short'] as const) {
    const compact = new Intl.NumberFormat(loc, {
      notation: 'compact',
      compactDisplay: display,
      maximumSignificantDigits: 4,
    });
    for (let e = 3; e <= 12; e++)
      for (const m of [1, 1.65, 2, 3, 5, 12, 21, 46, 165, 200]) {
        const value = m * 10 ** e;
        const ps = compact.formatToParts(value);
        const word = ps
          .filter((p) => p.type === 'compact')
          .map((p) => p.value)
          .join('')
          .trim();
        if (!word) continue;
        const mantissa = Number(
          toLatin(
            ps
              .filter((p) => p.type === 'integer' || p.type === 'decimal' || p.type === 'fraction')
              .map((p) => (p.type === 'decimal' ? '.' : p.value))
              .join(''),
          ),
        );
        if (mantissa > 0) found.set(word, Math.round(value / mantissa));
      }
  }
  return {
    locale,
    groups: [...new Set(parts.filter((p) => p.type === 'group').map((p) => p.value))],
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    digits,
    compact: [...found].map(([word, multiplier]) => ({ word, multiplier })),
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every number written in `text`, read back with the locale's symbols: "1,65 миллиона" →
 * 1650000, "165万" → 1650000, "6 000" → 6000, "٦٬٠٠٠" → 6000, "2020" → 2020.
 */
export function parseLocaleNumbers(text: string, symbols: NumberSymbols): number[] {
  // Native digits (and both Arabic-Indic sets, whatever the locale) become Latin first.
  const latin = text.replace(/[\u0660-\u0669\u06f0-\u06f9]|./gu, (c) => {
    const native = symbols.digits.indexOf(c);
    if (native >= 0) return String(native);
    const cp = c.codePointAt(0)!;
    if (cp >= 0x660 && cp <= 0x669) return String(cp - 0x660);
    if (cp >= 0x6f0 && cp <= 0x6f9) return String(cp - 0x6f0);
    return c;
  });
  const groups = symbols.groups.some((g) => SPACES.includes(g)) ? [...symbols.groups, ...SPACES] : symbols.groups;
  const group = groups.length ? `(?:${[...new Set(groups)].map(escape).join('|')})` : null;
  const words = [...symbols.compact].sort((a, b) => b.word.length - a.word.length);
  // A word must end where a word ends ("2020 Top" is not 2020 T), except in scripts without
  // spaces. Chinese may put 多/余 ("over") before it: 100多万 is "over 1 million".
  const wordAlt = words.length
    ? `(?:[\\s\\u00a0\\u202f]?[多余]?(${words.map((w) => escape(w.word)).join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}]))?`
    : '()?';
  const integer = group ? `\\d+(?:${group}\\d{3})*` : '\\d+';
  // Text typed by translators may write Latin digits with a "." even where Intl would not.
  const decimals = [...new Set([symbols.decimal, ...(symbols.digits[0] === '0' ? [] : ['.'])])];
  const re = new RegExp(`(${integer})(?:(?:${decimals.map(escape).join('|')})(\\d+))?${wordAlt}`, 'gu');
  const out: number[] = [];
  for (const m of latin.matchAll(re)) {
    const whole = m[1].replace(/\D/g, '');
    const value = Number(m[2] ? `${whole}.${m[2]}` : whole);
    const multiplier = m[3] ? (words.find((w) => w.word === m[3])?.multiplier ?? 1) : 1;
    out.push(Math.round(value * multiplier * 1000) / 1000);
  }
  return out;
}

/**
 * The figures of an English source text: "1,500" → 1500, "1.65 million" → 1650000,
 * "1 million" → 1000000, "6th" → 6, "2020" → 2020.
 */
export function sourceFigures(text: string): Set<number> {
  const figures = new Set<number>();
  for (const m of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s+(?:million|billion))?/g)) {
    const value = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    const scale = m[3]?.trim() === 'million' ? 1e6 : m[3]?.trim() === 'billion' ? 1e9 : 1;
    figures.add(Math.round(value * scale));
  }
  // Months named in words are figures too where a locale writes them in digits (7月 = July).
  const months = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ];
  for (const m of text.matchAll(
    /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g,
  ))
    figures.add(months.indexOf(m[1].toLowerCase()) + 1);
  return figures;
}

const SHARED_SOURCE = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'sources', '000_0be2323602245bc0.txt');
/** The source document the deck presents (the shared original where present, else the copy kept with the tests). */
export const SOURCE_FILE =
  process.env.SHOWCASE_SOURCE ??
  (existsSync(SHARED_SOURCE) ? SHARED_SOURCE : join(import.meta.dirname, 'sources', '000_0be2323602245bc0.txt'));

/** Every figure the source gives, parsed from it at test time. */
export function loadSourceFigures(): Set<number> {
  return sourceFigures(readFileSync(SOURCE_FILE, 'utf8'));
}
