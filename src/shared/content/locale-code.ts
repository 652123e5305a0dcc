/**
 * THE shape of a locale code in a pack: a BCP 47 tag of the simple form the packs use — `en`,
 * `ru`, `zh-CN` (language, optionally a region or script subtag). Used by the zod schema
 * (locale.schema.ts) and by the pack checks that find localized strings (check-deck.schema.ts). Zod-free.
 */
export const LOCALE_CODE_PATTERN = /^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?$/;

/** True when `text` is a locale code of the shape above. */
export function isLocaleCode(text: string): boolean {
  return LOCALE_CODE_PATTERN.test(text);
}
