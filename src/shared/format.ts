import type { Stat } from './content/slides';

/**
 * Formats a figure from the source for a locale with Intl — never by hand. Compact
 * notation keeps up to 4 significant digits so 1.65 million never becomes "1.7 million".
 */
export function formatNumber(value: number, locale: string, compact = false): string {
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }
    : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A statistic as shown: the number, with "+" when the source says "over". */
export function formatStat(stat: Pick<Stat, 'value' | 'over' | 'compact'>, locale: string): string {
  const n = formatNumber(stat.value, locale, stat.compact);
  return stat.over ? `${n}+` : n;
}

/** Replaces `{name}` placeholders in a UI string. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : m));
}
