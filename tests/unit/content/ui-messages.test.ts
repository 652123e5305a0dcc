// The bundled pack's UI messages, rendered: for every message, every locale and every plural
// category that locale's grammar has (Intl.PluralRules…pluralCategories), a value of that
// category is formatted and read back — the number as Intl writes it appears exactly when the
// chosen form prints it, no ICU syntax leaks, and different forms give different text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../src/shared/content/deck.schema';
import { formatNumber, intlLocale } from '../../../src/shared/format';
import { checkMessage, formatMessage, pluralCategories } from '../../../src/shared/messages';
import { BUNDLED_PACK } from '../../support/make-pack';

const deck = Deck.parse(JSON.parse(readFileSync(path.join(BUNDLED_PACK, 'deck.json'), 'utf8')));
const LOCALES = ['en', 'zh-CN', 'ru', 'ar'] as const;
type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** The smallest number of each plural category of a locale (ru "other" is a fraction: 1.5). */
function sampleOf(locale: string): Map<string, number> {
  const rules = new Intl.PluralRules(intlLocale(locale));
  const out = new Map<string, number>();
  for (let n = 0; n <= 1000; n += 0.5) if (!out.has(rules.select(n))) out.set(rules.select(n), n);
  return out;
}
/** Reads the numbers back out of rendered text (Latin digits, "," or "." as decimal mark). */
const readNumbers = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((s) => Number(s.replace(',', '.')));
/** A plural form without the parser's source positions, to compare forms by content. */
const formKey = (form: Ast | undefined) => JSON.stringify(form, (k, v: unknown) => (k === 'location' ? undefined : v));

/** Arguments by kind (numbers: plural and number arguments; the rest are text) and plurals' forms. */
function shape(
  ast: Ast,
  acc = { numbers: new Set<string>(), texts: new Set<string>(), plurals: new Map<string, Record<string, Ast>>() },
) {
  for (const el of ast) {
    if ('options' in el && 'pluralType' in el) {
      acc.numbers.add(el.value);
      acc.plurals.set(el.value, Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, o.value])));
    } else if ('style' in el && 'value' in el && el.type === 2) acc.numbers.add(el.value);
    else if ('value' in el && el.type === 1) acc.texts.add(el.value);
    if ('options' in el) for (const o of Object.values(el.options)) shape(o.value, acc);
  }
  return acc;
}
/** Whether a plural form prints its number (`#`, TYPE.pound = 7). */
const printsNumber = (form: Ast): boolean =>
  form.some((el) => el.type === 7 || ('options' in el && Object.values(el.options).some((o) => printsNumber(o.value))));

describe('UI messages in every plural category of every locale', () => {
  it('covers the plural categories of en, zh-CN, ru and ar', () => {
    expect(deck.locales).toEqual([...LOCALES]);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('zh-CN')).toEqual(['other']);
    expect(pluralCategories('ru')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    for (const locale of LOCALES)
      expect([...sampleOf(locale).keys()].sort()).toEqual([...pluralCategories(locale)].sort());
  });

  const { presenter, ...audience } = deck.ui;
  const messages: Array<[string, Record<string, string>]> = [
    ...Object.entries(audience),
    ...Object.entries(presenter ?? {}).map(([k, v]): [string, Record<string, string>] => [`presenter.${k}`, v]),
  ];
  it('includes the presenter’s labels (the same catalogue)', () => {
    expect(messages.filter(([k]) => k.startsWith('presenter.')).length).toBeGreaterThan(10);
  });
  for (const [key, text] of messages) {
    for (const locale of LOCALES) {
      it(`ui.${key}.${locale}`, () => {
        const message = text[locale];
        expect(checkMessage(message, locale)).toEqual([]);
        const { numbers, texts, plurals } = shape(new IntlMessageFormat(message, intlLocale(locale)).getAst());
        const rendered = new Map<string, string>();
        for (const [category, n] of sampleOf(locale)) {
          const values = Object.fromEntries([
            ...[...numbers].map((a) => [a, n]),
            ...[...texts].map((a) => [a, `«${a}»`]),
          ]);
          const out = formatMessage(message, locale, values);
          rendered.set(category, out);
          expect(out, `${category} (${n})`).not.toMatch(/[{}#]/);
          for (const a of texts) expect(out).toContain(`«${a}»`);
          const shown =
            [...plurals.values()].every((forms) => printsNumber(forms[category] ?? forms.other)) || plurals.size === 0;
          if (numbers.size > 0)
            expect(out.includes(formatNumber(n, locale)), `${category} (${n}): "${out}"`).toBe(shown);
          // Read back: the number in the text (Latin digits in every locale) is the value given.
          if (shown && numbers.size > 0) expect(readNumbers(out)).toContain(n);
        }
        for (const forms of plurals.values()) {
          const distinct = new Set(pluralCategories(locale).map((c) => formKey(forms[c] ?? forms.other))).size;
          const texts = new Set(pluralCategories(locale).map((c) => rendered.get(c)?.replace(/\d+(?:[.,]\d+)?/g, 'N')))
            .size;
          expect(texts, 'each distinct form renders as distinct text').toBe(distinct);
        }
      });
    }
  }
});

describe('the idle countdown reads right', () => {
  const countdown = (locale: string, seconds: number) =>
    formatMessage(deck.ui.returningToStart[locale], locale, { seconds });

  it('in Arabic for 10, 3, 2 and 1 seconds (and 11, 100)', () => {
    expect(countdown('ar', 10)).toBe('العودة إلى البداية خلال 10 ثوانٍ');
    expect(countdown('ar', 3)).toBe('العودة إلى البداية خلال 3 ثوانٍ');
    expect(countdown('ar', 2)).toBe('العودة إلى البداية خلال ثانيتين');
    expect(countdown('ar', 1)).toBe('العودة إلى البداية خلال ثانية واحدة');
    expect(countdown('ar', 11)).toBe('العودة إلى البداية خلال 11 ثانيةً');
    expect(countdown('ar', 100)).toBe('العودة إلى البداية خلال 100 ثانية');
  });

  it('in Russian, English and Chinese', () => {
    const nb = '\u00a0';
    expect([1, 3, 5, 10, 21].map((n) => countdown('ru', n))).toEqual(
      [`1${nb}секунду`, `3${nb}секунды`, `5${nb}секунд`, `10${nb}секунд`, `21${nb}секунду`].map(
        (s) => `Возврат к началу через ${s}`,
      ),
    );
    expect(countdown('en', 1)).toBe('Returning to the start in 1 second');
    expect(countdown('en', 10)).toBe('Returning to the start in 10 seconds');
    expect(countdown('zh-CN', 10)).toBe('10秒后返回首页');
  });

  it('the old one-string countdown is what the check refuses (control)', () => {
    const old = 'العودة إلى البداية خلال {seconds} ثانية';
    // One string for every number: "2 ثانية" and "3 ثانية" are ungrammatical. It parses, but has
    // no plural, so only the explicit forms above can be right; a plural missing forms is refused.
    expect(formatMessage(old, 'ar', { seconds: 2 })).toBe('العودة إلى البداية خلال 2 ثانية');
    expect(checkMessage('{seconds, plural, one {ثانية} other {# ثانية}}', 'ar')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('lacks "zero", "two", "few", "many"'),
      }),
    ]);
  });
});

describe('Arabic numbers stay in Latin digits', () => {
  it('pins ar to latn wherever the app formats numbers', () => {
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(intlLocale('ar-EG')).toBe('ar-EG-u-nu-latn');
    expect(intlLocale('ar-u-ca-islamic')).toBe('ar-u-ca-islamic-nu-latn');
    expect(intlLocale('ru')).toBe('ru');
    expect(formatNumber(1500, 'ar-EG')).toBe('1,500');
    expect(formatMessage('{n, number} / {n, plural, other {#}}', 'ar-EG', { n: 1234 })).toBe('1,234 / 1,234');
    // Control: the same runtime does write Arabic-Indic digits when asked for ar-EG unpinned.
    expect(new Intl.NumberFormat('ar-EG').format(1500)).not.toBe('1,500');
  });
});
