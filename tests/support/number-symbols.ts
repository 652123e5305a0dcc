/**
 * What a locale's Intl.NumberFormat emits, learned from the Intl of the runtime this module runs
 * in. A module of its own, importing only the app's browser-safe `intlLocale`, so that it can run
 * in the page too: locale-numbers.ts bundles it with esbuild and evaluates the bundle there (the
 * page's Intl is the one that formatted the text).
 */
import { intlLocale } from '../../src/shared/format';

/** What a locale's Intl.NumberFormat emits. */
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

/**
 * The symbols of `locale` from this runtime's Intl: Node's in unit tests, the page's when
 * locale-numbers.ts `learnNumberSymbols` loads this module into the page that rendered the text.
 */
export function numberSymbolsFor(locale: string): NumberSymbols {
  // The app pins Arabic to Latin digits: read with the app's own pin.
  const loc = intlLocale(locale);
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
