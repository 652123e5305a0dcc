import type { LocalizedString } from './locale.schema';

// Zod-free helpers for localized text: the renderer imports these without pulling the
// content schemas (and zod with them) into its bundle.

/** Text direction of a locale; the pack languages that read right-to-left. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return /^(ar|fa|he|ur)(-|$)/.test(locale) ? 'rtl' : 'ltr';
}

/** Picks a localized string, falling back to the pack's default locale. */
export function pick(text: LocalizedString, locale: string, fallback: string): string {
  return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
