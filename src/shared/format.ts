import type { Stat } from './content/slides.schema';

/**
 * The locale to hand to `Intl` for a pack locale. Arabic is pinned to Latin digits
 * (`ar-u-nu-latn`): the pack's hand-typed years and figures use Western digits, and a runtime
 * whose CLDR data defaults `ar` to Arabic-Indic digits must never put "١٬٥٠٠" beside "2020".
 * Every `Intl` call that can print a digit goes through this.
 */
export function intlLocale(locale: string): string {
  if (!/^ar(-|$)/.test(locale) || /-u-(.+-)?nu-/.test(locale)) return locale;
  return locale.includes('-u-') ? `${locale}-nu-latn` : `${locale}-u-nu-latn`;
}

/**
 * Formats a figure from the source for a locale with Intl — never by hand. Compact
 * notation keeps up to 4 significant digits so 1.65 million never becomes "1.7 million".
 * One formatter per locale and style is kept: count-ups format every frame, and building an
 * `Intl.NumberFormat` each time was the loop's second-largest script cost (docs/performance.md).
 */
export function formatNumber(value: number, locale: string, compact = false): string {
  return numberFormat(locale, compact).format(value);
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, compact: boolean): Intl.NumberFormat {
  const key = `${compact ? 'c' : 'p'}:${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.NumberFormatOptions = compact
      ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }
      : { maximumFractionDigits: 2 };
    formatter = new Intl.NumberFormat(intlLocale(locale), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A statistic as shown: the number, with "+" when the source says "over". */
export function formatStat(stat: Pick<Stat, 'value' | 'over' | 'compact'>, locale: string): string {
  const n = formatNumber(stat.value, locale, stat.compact);
  return stat.over ? `${n}+` : n;
}

/**
 * Replaces `{name}` placeholders in a plain template. Pack UI strings are ICU messages: format
 * those with `formatMessage` (src/shared/messages), which knows plurals.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : m));
}
