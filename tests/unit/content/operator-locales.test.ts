// Every operator catalogue (en, zh-CN, ar, ru) has every id, each message parses in its own
// locale with that locale's plural categories, names the same arguments as the English one,
// and renders without leftover ICU syntax. A catalogue missing an id fails typecheck as well
// (OperatorCatalogue); this catches a translation that dropped or renamed an argument.
import { describe, expect, it } from 'vitest';
import { checkMessage, compileMessage, formatMessage, pluralCategories } from '../../../src/shared/messages';
import { OPERATOR_CATALOGUES } from '../../../src/shared/messages/operator-catalogues';
import { OPERATOR_LOCALES, OPERATOR_MESSAGES } from '../../../src/shared/messages/operator-messages';

const ARGUMENT_TYPES = new Set([1, 2, 5, 6]); // argument, number, select, plural
type Ast = ReturnType<ReturnType<typeof compileMessage>['getAst']>;
function argumentNames(ast: Ast, into = new Set<string>()): Set<string> {
  for (const el of ast as { type: number; value: string; options?: Record<string, { value: Ast }> }[]) {
    if (ARGUMENT_TYPES.has(el.type)) into.add(el.value);
    for (const option of Object.values(el.options ?? {})) argumentNames(option.value, into);
  }
  return into;
}

describe.each(OPERATOR_LOCALES)('operator catalogue %s', (locale) => {
  const catalogue = OPERATOR_CATALOGUES[locale];

  it('has every id of the English source, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(OPERATOR_MESSAGES).sort());
  });

  it.each(Object.keys(OPERATOR_MESSAGES))('%s parses, keeps the arguments, renders', (id) => {
    const message = catalogue[id as keyof typeof catalogue];
    const english = OPERATOR_MESSAGES[id as keyof typeof OPERATOR_MESSAGES];
    expect(checkMessage(message, locale)).toEqual([]);
    const names = argumentNames(compileMessage(message, locale).getAst());
    expect([...names].sort()).toEqual([...argumentNames(compileMessage(english, 'en').getAst())].sort());
    for (const n of [0, 1, 2, 3, 5, 11, 21, 1234]) {
      const values = Object.fromEntries([...names].map((name) => [name, n]));
      expect(formatMessage(message, locale, values)).not.toMatch(/[{}]/);
    }
  });

  it('names its plural categories (checkMessage requires each one)', () => {
    expect(pluralCategories(locale).length).toBeGreaterThan(0);
  });
});

it('a translation that renamed an argument is caught (control)', () => {
  const names = (m: string) => [...argumentNames(compileMessage(m, 'ru').getAst())];
  expect(names('Сохранено в {fiel}')).not.toEqual(names(OPERATOR_MESSAGES.resultSavedTo));
});
