/**
 * Numbers, read back: the figures of the source document, and a parser that turns what the
 * page rendered for a locale (Intl output: grouping, decimal mark, native digits, compact
 * words such as "million", "млн", "万", "مليون") back into numbers. The separators and words
 * are learned from the page's own Intl (`learnNumberSymbols`), never hard-coded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type { NumberSymbols } from './number-symbols';

export { numberSymbolsFor, type NumberSymbols } from './number-symbols';

const SPACES = [' ', '\u00a0', '\u202f'];

let pageScript: Promise<string> | null = null;

/** number-symbols.ts bundled for the page (an IIFE binding `numberSymbols`), built once per process. */
export function numberSymbolsScript(): Promise<string> {
  pageScript ??= build({
    entryPoints: [join(import.meta.dirname, 'number-symbols.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'numberSymbols',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return pageScript;
}

/**
 * Learns the locale's separators, digits and compact words from the page's own Intl: the module
 * is evaluated in the page (through the DevTools protocol, so the app's CSP still holds for the
 * app's own scripts) and its answer, plain data, comes back.
 */
export async function learnNumberSymbols(page: Page, locale: string): Promise<NumberSymbols> {
  const script = await numberSymbolsScript();
  return page.evaluate(`(() => { ${script}; return numberSymbols.numberSymbolsFor(${JSON.stringify(locale)}); })()`);
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

/** The source document the deck presents (a copy kept with the tests; SHOWCASE_SOURCE names another). */
export const SOURCE_FILE =
  process.env.SHOWCASE_SOURCE ?? join(import.meta.dirname, 'sources', '000_0be2323602245bc0.txt');

/** Every figure the source gives, parsed from it at test time. */
export function loadSourceFigures(): Set<number> {
  return sourceFigures(readFileSync(SOURCE_FILE, 'utf8'));
}
