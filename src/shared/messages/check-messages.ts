import { IntlMessageFormat } from 'intl-messageformat';
import { intlLocale } from '../format';

/** One thing wrong with one message in one locale; the caller adds the file and JSON path. */
export interface MessageProblem {
  message: string;
  severity: 'error' | 'warning';
}

type Ast = ReturnType<IntlMessageFormat['getAst']>;
type Element = Ast[number];

/** Every argument name a message uses, and every plural/select inside it (nested ones too). */
function walk(elements: Ast, visit: (el: Element) => void): void {
  for (const el of elements) {
    visit(el);
    if ('options' in el) for (const option of Object.values(el.options)) walk(option.value, visit);
    if ('children' in el) walk(el.children, visit);
  }
}

const CLDR_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural categories a locale's grammar distinguishes, in CLDR order: ar → zero one two few many other. */
export function pluralCategories(locale: string, type: Intl.PluralRuleType = 'cardinal'): Intl.LDMLPluralRule[] {
  const used = new Intl.PluralRules(intlLocale(locale), { type }).resolvedOptions().pluralCategories;
  return CLDR_ORDER.filter((c) => used.includes(c));
}

/** The argument names a message uses (`{seconds, plural, …}` → seconds); null when it does not parse. */
export function messageArguments(message: string, locale: string): Set<string> | null {
  try {
    const names = new Set<string>();
    walk(new IntlMessageFormat(message, intlLocale(locale)).getAst(), (el) => {
      if ('value' in el && el.type !== 0 && typeof el.value === 'string') names.add(el.value);
    });
    return names;
  } catch {
    return null;
  }
}

/**
 * The arguments a message prints as plain text (`{dir}`), not those it selects on or counts
 * (`{unit, select, …}`, `{count, plural, …}`): the ones safe to wrap (bidi isolates). Type 1 is
 * the parser's TYPE.argument. Empty when the message does not parse.
 */
export function textArguments(message: string, locale: string): Set<string> {
  const plain = new Set<string>();
  const keyed = new Set<string>();
  try {
    walk(new IntlMessageFormat(message, intlLocale(locale)).getAst(), (el) => {
      if (!('value' in el) || typeof el.value !== 'string' || el.type === 0) return;
      (el.type === 1 ? plain : keyed).add(el.value);
    });
  } catch {
    return new Set();
  }
  return new Set([...plain].filter((name) => !keyed.has(name)));
}

/**
 * Checks one ICU message for one locale: it parses, and every plural names each category the
 * locale's plural rules use (a missing "few" in Russian or "two" in Arabic would silently fall
 * back to "other", which is the very bug of a one-string-for-all countdown). Categories the
 * language never selects are only warned about. Exact matches (`=0`) are allowed extras.
 */
export function checkMessage(message: string, locale: string): MessageProblem[] {
  let ast: Ast;
  try {
    ast = new IntlMessageFormat(message, intlLocale(locale)).getAst();
  } catch (e) {
    const err = e as { message?: string; location?: { start?: { offset?: number } } };
    const at = err.location?.start?.offset;
    const where = typeof at === 'number' ? ` at character ${at + 1}` : '';
    // The parser's codes read as words: EXPECT_ARGUMENT_CLOSING_BRACE → "expect argument closing brace".
    const what = (err.message ?? String(e)).replace(/^[A-Z_]+$/, (code) => code.toLowerCase().replaceAll('_', ' '));
    return [{ message: `ICU message syntax error${where}: ${what}`, severity: 'error' }];
  }
  const problems: MessageProblem[] = [];
  walk(ast, (el) => {
    if (!('pluralType' in el) || !('options' in el)) return;
    const needed = pluralCategories(locale, el.pluralType ?? 'cardinal');
    const given = Object.keys(el.options).filter((k) => !k.startsWith('='));
    const missing = needed.filter((c) => !given.includes(c));
    if (missing.length > 0)
      problems.push({
        message: `plural {${el.value}} lacks ${missing.map((c) => `"${c}"`).join(', ')} (${locale} needs ${needed.join(', ')})`,
        severity: 'error',
      });
    const unused = given.filter((c) => !(needed as string[]).includes(c));
    if (unused.length > 0)
      problems.push({
        message: `plural {${el.value}} has ${unused.map((c) => `"${c}"`).join(', ')}, which ${locale} never selects`,
        severity: 'warning',
      });
  });
  return problems;
}
