import { IntlMessageFormat } from 'intl-messageformat';
import { intlLocale } from '../format';

/** Values a UI message can be given: numbers go through Intl (plural rules, digits, grouping). */
export type MessageValues = Record<string, string | number>;

// Parsing is the costly part and the countdown formats the same message every second.
const compiled = new Map<string, IntlMessageFormat>();
const MAX_CACHED = 200;

/** The compiled message for a pack locale (Arabic pinned to Latin digits). Throws on bad syntax. */
export function compileMessage(message: string, locale: string): IntlMessageFormat {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, intlLocale(locale));
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(key, format);
  }
  return format;
}

/**
 * Formats an ICU message (`{seconds, plural, one {# second} other {# seconds}}`) for a pack
 * locale. Packs are checked before they are shown, so a failure here means a message slipped
 * past the check: the visitor then sees the text with its arguments filled in plainly, never
 * an error.
 */
export function formatMessage(message: string, locale: string, values: MessageValues = {}): string {
  try {
    const out = compileMessage(message, locale).format(values);
    return typeof out === 'string' ? out : String(out);
  } catch {
    return message.replace(/\{(\w+)[^{}]*\}/g, (_, key: string) =>
      Object.hasOwn(values, key) ? String(values[key]) : '',
    );
  }
}
