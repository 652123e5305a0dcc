import { z } from 'zod';
import { LOCALE_CODE_PATTERN } from './locale-code';

/** A BCP 47 tag of the simple shape the packs use: `en`, `ru`, `zh-CN` (see locale-code.ts). */
export const LocaleCode = z.string().regex(LOCALE_CODE_PATTERN, 'expected a locale code such as "en" or "zh-CN"');
export type LocaleCode = z.infer<typeof LocaleCode>;

/**
 * A string in every language of the pack, keyed by locale code: `{ "en": "…", "ru": "…" }`.
 * Which locales must be present is a pack-level rule (the pack declares its locales),
 * checked by `crossChecks` in check-deck.schema.ts so the problem names the exact path that lacks a string.
 */
export const LocalizedString = z
  .record(LocaleCode, z.string().trim().min(1, 'must not be empty'))
  .meta({ description: 'Text keyed by locale code, e.g. { "en": "Hello" }' });
export type LocalizedString = z.infer<typeof LocalizedString>;
