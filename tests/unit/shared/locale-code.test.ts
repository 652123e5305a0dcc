import { describe, expect, it } from 'vitest';
import { LocaleCode } from '../../../src/shared/content/locale.schema';
import { isLocaleCode, LOCALE_CODE_PATTERN } from '../../../src/shared/content/locale-code';

const CODES = ['en', 'ru', 'ar', 'zh-CN', 'pt-BR', 'zh-Hans', 'fil'];
const NOT_CODES = ['', 'e', 'EN', 'en_US', 'en-us', 'english', 'zh-CN-x', 'en-', '-CN', 'zh-Hanss', ' en', 'en\n'];

describe('the locale code rule (src/shared/content/locale-code.ts)', () => {
  it('takes the simple BCP 47 shape packs use, and nothing looser', () => {
    for (const code of CODES) expect(isLocaleCode(code), code).toBe(true);
    for (const code of NOT_CODES) expect(isLocaleCode(code), JSON.stringify(code)).toBe(false);
  });

  it('is the rule the deck schema applies (one pattern, not a copy)', () => {
    for (const code of [...CODES, ...NOT_CODES])
      expect(LocaleCode.safeParse(code).success, code).toBe(isLocaleCode(code));
    expect(LOCALE_CODE_PATTERN.flags).toBe(''); // no `g`: test() keeps no state between calls
  });
});
