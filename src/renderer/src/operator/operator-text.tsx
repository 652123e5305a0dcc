import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { OPERATOR_CATALOGUES } from '../../../shared/messages/operator-catalogues';
import { compileMessage, formatMessage } from '../../../shared/messages/format-message';
import { intlLocale } from '../../../shared/format';
import { textArguments } from '../../../shared/messages/check-messages';
import {
  OPERATOR_LOCALE,
  OPERATOR_LOCALES,
  type OperatorLocale,
  type OperatorMessageId,
} from '../../../shared/messages/operator-messages';

/** Where this machine remembers the operator's panel language (theirs, not the visitors'). */
const STORAGE_KEY = 'showcase.operatorLocale';

function storedLocale(): OperatorLocale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return OPERATOR_LOCALES.find((l) => l === saved) ?? OPERATOR_LOCALE;
  } catch {
    return OPERATOR_LOCALE; // storage refused (a locked-down profile): English
  }
}

let current: OperatorLocale = typeof window === 'undefined' ? OPERATOR_LOCALE : storedLocale();

/** The operator screens' language now. */
export function operatorLocale(): OperatorLocale {
  return current;
}

/** Switches the operator screens' language and remembers it on this machine; callers re-render. */
export function setOperatorLocale(locale: OperatorLocale): void {
  current = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered: it still applies until the page reloads.
  }
}

/** Text direction of an operator locale. */
export function operatorDir(locale: OperatorLocale = current): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** A message id known to the catalogue (main sends ids with its results). */
export function isMessageId(id: string): id is OperatorMessageId {
  return Object.hasOwn(OPERATOR_CATALOGUES[OPERATOR_LOCALE], id);
}

/**
 * A right-to-left panel isolates each value a message prints as text (a path, a deck id, a
 * drive): without FSI…PDI (U+2068/U+2069, Unicode's bidi isolates) "/tmp/pack/content" is
 * reordered around its slashes and reads "tmp/pack/content/". Values a message selects on stay
 * as they are (an isolated key would match no branch). Left-to-right panels get them unchanged.
 */
function isolated<V>(id: OperatorMessageId, values: Record<string, V>): Record<string, V | string> {
  if (operatorDir() !== 'rtl') return values;
  const asText = textArguments(OPERATOR_CATALOGUES[current][id], current);
  const out: Record<string, V | string> = {};
  for (const [key, value] of Object.entries(values))
    out[key] = typeof value === 'string' && asText.has(key) ? `\u2068${value}\u2069` : value;
  return out;
}

/**
 * Every operator label goes through the operator message catalogue, in the operator's chosen
 * language, so plurals and numbers are ICU/Intl, never string-built here.
 */
export function say(id: OperatorMessageId, values: Record<string, string | number> = {}): string {
  return formatMessage(OPERATOR_CATALOGUES[current][id], current, isolated(id, values));
}

/**
 * A catalogue message with React elements as some of its values (a `<code>` flag, a `<strong>`
 * with its own test id): intl-messageformat hands back the pieces in order, each kept as it is.
 */
export function sayRich(id: OperatorMessageId, values: Record<string, string | number | ReactElement>): ReactNode {
  let out: string | ReactElement | (string | ReactElement)[];
  try {
    out = compileMessage(OPERATOR_CATALOGUES[current][id], current).format<ReactElement>(isolated(id, values));
  } catch {
    // The catalogue is parse-tested; should one slip through, the plain text still reads.
    const plain: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(values)) if (!isValidElement(value)) plain[key] = value;
    return say(id, plain);
  }
  if (!Array.isArray(out)) return out;
  return out.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

/** The locale for times and dates in the operator's language (English: the 24-hour en-GB clock). */
export function clockLocale(): string {
  return current === 'en' ? 'en-GB' : current;
}

/** `2 h 5 min 9 s` for an uptime in seconds, in the operator's language (Intl units, Latin digits in Arabic). */
export function uptimeText(totalSeconds: number, locale: OperatorLocale = current): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const parts: [number, 'hour' | 'minute' | 'second'][] = [
    [Math.floor(s / 3600), 'hour'],
    [Math.floor((s % 3600) / 60), 'minute'],
    [s % 60, 'second'],
  ];
  const shown = parts.filter(([n], i) => n > 0 || i === 2 || parts.slice(0, i).some(([m]) => m > 0));
  return shown
    .map(([n, unit]) =>
      new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'short' }).format(n),
    )
    .join(' ');
}

/** `14:05` in the operator's language, local time. */
export function clockText(ms: number): string {
  return new Date(ms).toLocaleTimeString(clockLocale(), { hour: '2-digit', minute: '2-digit' });
}

/** `Mon 5 Jan` in the operator's language, local time. */
export function dateText(ms: number): string {
  return new Date(ms).toLocaleDateString(clockLocale(), { weekday: 'short', day: 'numeric', month: 'short' });
}
