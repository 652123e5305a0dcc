// The operator catalogue gets the pack's checks: every message parses, names every plural
// category of its locale, and renders for a value in each category with that value read back.
// This is the English source (OPERATOR_LOCALE); the translations are checked in
// operator-locales.test.ts. A source scan keeps new English from creeping back into the
// operator .tsx files as hard-coded JSX text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkMessage, compileMessage, formatMessage, pluralCategories } from '../../../src/shared/messages';
import { OPERATOR_LOCALE, OPERATOR_MESSAGES } from '../../../src/shared/messages/operator-messages';

const SAMPLE: Record<string, number> = { one: 1, other: 2 };
const OPERATOR_DIR = join(__dirname, '../../../src/renderer/src/operator');
// Every operator screen: each .tsx in the folder (a new section is scanned without a list to forget).
const OPERATOR_SCREENS = readdirSync(OPERATOR_DIR).filter((f) => f.endsWith('.tsx'));
const OPERATOR_SOURCES = readdirSync(OPERATOR_DIR).filter((f) => /\.tsx?$/.test(f));
const grouped = (n: number) => new Intl.NumberFormat(OPERATOR_LOCALE).format(n);

// Element types of intl-messageformat's AST (@formatjs/icu-messageformat-parser TYPE).
const ARGUMENT = 1;
const NUMBER = 2;
const POUND = 7;
const SELECT = 5;
const PLURAL = 6;
type Ast = ReturnType<ReturnType<typeof compileMessage>['getAst']>;
type Element = Ast[number];
/** 'number' for plural/number arguments, 'text' for plain ones, a select's option keys for selects. */
type ArgumentKind = 'number' | 'text' | string[];

function argumentKinds(ast: Ast, into = new Map<string, ArgumentKind>()): Map<string, ArgumentKind> {
  for (const el of ast as Element[]) {
    if (el.type === ARGUMENT) into.set(el.value, into.get(el.value) ?? 'text');
    if (el.type === NUMBER || el.type === PLURAL) into.set(el.value, 'number');
    if (el.type === SELECT) into.set(el.value, Object.keys(el.options));
    if (el.type === SELECT || el.type === PLURAL)
      for (const option of Object.values(el.options)) argumentKinds(option.value, into);
  }
  return into;
}

/** What the rendered text must contain: each value it shows, numbers as Intl writes them. */
function readBack(ast: Ast, values: Record<string, string | number>, pound?: number): string[] {
  const rules = new Intl.PluralRules(OPERATOR_LOCALE);
  return (ast as Element[]).flatMap((el): string[] => {
    if (el.type === ARGUMENT) return [String(values[el.value])];
    if (el.type === NUMBER) return [grouped(Number(values[el.value]))];
    if (el.type === POUND && pound !== undefined) return [grouped(pound)];
    if (el.type === SELECT) {
      const option = el.options[String(values[el.value])] ?? el.options.other;
      return option ? readBack(option.value, values, pound) : [];
    }
    if (el.type === PLURAL) {
      const n = Number(values[el.value]);
      const option = el.options[`=${n}`] ?? el.options[rules.select(n)] ?? el.options.other;
      // Every operator count is shown: the number must be read back, whatever the form.
      return [grouped(n), ...(option ? readBack(option.value, values, n) : [])];
    }
    return [];
  });
}

describe('operator messages', () => {
  it('is checked for English plural categories', () => {
    expect(pluralCategories(OPERATOR_LOCALE)).toEqual(Object.keys(SAMPLE));
  });

  it.each(Object.entries(OPERATOR_MESSAGES))('%s parses and renders in every plural category', (_, message) => {
    expect(checkMessage(message, OPERATOR_LOCALE)).toEqual([]);
    const ast = compileMessage(message, OPERATOR_LOCALE).getAst();
    const args = argumentKinds(ast);
    const selectKeys = [...new Set([...args.values()].flatMap((kind) => (Array.isArray(kind) ? kind : [])))];
    const rules = new Intl.PluralRules(OPERATOR_LOCALE);
    for (const category of pluralCategories(OPERATOR_LOCALE)) {
      // A value in this category, then one big enough that Intl groups its digits (1,234).
      for (const n of [SAMPLE[category]!, 1234]) {
        if (n !== 1234) expect(rules.select(n)).toBe(category);
        for (const key of selectKeys.length > 0 ? selectKeys : ['other']) {
          const values: Record<string, string | number> = {};
          for (const [name, kind] of args)
            values[name] = kind === 'number' ? n : kind === 'text' ? `‹${name}›` : kind.includes(key) ? key : 'other';
          const out = formatMessage(message, OPERATOR_LOCALE, values);
          expect(out).not.toMatch(/[{}#]/);
          for (const expected of readBack(ast, values)) expect(out).toContain(expected);
        }
      }
    }
  });

  it('counts choose the right English form', () => {
    const digits = (count: number) => formatMessage(OPERATOR_MESSAGES.pinDigitsEntered, OPERATOR_LOCALE, { count });
    expect(digits(0)).toBe('0 digits entered');
    expect(digits(1)).toBe('1 digit entered');
    expect(digits(2)).toBe('2 digits entered');
    expect(formatMessage(OPERATOR_MESSAGES.pinWrong, OPERATOR_LOCALE, { attemptsLeft: 1 })).toMatch(
      /^Wrong PIN\. 1 attempt left/,
    );
  });

  it('selects render the panel lines the e2e specs read', () => {
    const playback = (paused: string) =>
      formatMessage(OPERATOR_MESSAGES.playbackLine, OPERATOR_LOCALE, {
        slide: 1,
        slideCount: 12,
        phase: 'attract',
        paused,
      });
    expect(playback('yes')).toBe('Slide 1 of 12 · playing by itself · paused');
    expect(playback('no')).toBe('Slide 1 of 12 · playing by itself');
    expect(
      formatMessage(OPERATOR_MESSAGES.problemWrongType, OPERATOR_LOCALE, { expected: 'number', received: 'string' }),
    ).toBe('should be a number, but it is text');
  });

  it('a message missing a form, or broken, is caught (control)', () => {
    expect(checkMessage('{n, plural, one {# event}}', 'en')[0]?.message).toMatch(/syntax error.*missing other clause/i);
    expect(checkMessage('{n, plural, one {# event} other {# events}', 'en')[0]?.severity).toBe('error');
  });

  it('thousands read as staff expect: 1,234 events', () => {
    expect(formatMessage(OPERATOR_MESSAGES.analyticsLost, OPERATOR_LOCALE, { count: 1234 })).toMatch(
      /^1,234 events lost/,
    );
    expect(formatMessage(OPERATOR_MESSAGES.analyticsLost, OPERATOR_LOCALE, { count: 1 })).toMatch(/^1 event lost/);
  });

  it('every catalogue entry is used by an operator screen (no dead copies)', () => {
    // Main sends some outcomes as catalogue ids (OperatorActionResult.say).
    const mainSenders = [
      '../../../src/main/core/operator-actions.ts',
      '../../../src/main/analytics-export.ts',
      '../../../src/main/content-import.ts',
      '../../../src/main/content-import-action.ts',
    ];
    const sources = [
      ...OPERATOR_SOURCES.map((f) => readFileSync(join(OPERATOR_DIR, f), 'utf8')),
      ...mainSenders.map((f) => readFileSync(join(__dirname, f), 'utf8')),
    ].join('\n');
    const unused = Object.keys(OPERATOR_MESSAGES).filter(
      (id) => !sources.includes(`'${id}'`) && !sources.includes(`M.${id}`),
    );
    expect(unused).toEqual([]);
  });
});

/**
 * Hard-coded English in a .tsx source. The rule, kept simple: (1) a JSX text node with any
 * letter in it (so "OK" and "Cancel" count, and only digits, punctuation and symbols such as
 * "·", "⌫" may stay in markup); (2) a user-facing attribute (aria-label, title, alt,
 * placeholder) given a string with a letter; (3) any string or template literal that reads as
 * an English phrase: two or more words, the first capitalised ("The command was refused."), or a
 * template literal opening with a capitalised word (`Import ${dir}`).
 * Lower-case single tokens (event names, class names, 'yes'/'no' select keys) are code, not text.
 */
function hardCodedEnglish(source: string, fileName = 'sample.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const phrase = /^\s*[A-Z][a-z]*[,.:]?\s+[A-Za-z]/;
  const word = /^\s*[A-Z][a-z]+/;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      /^(aria-label|title|alt|placeholder)$/.test(node.name.getText(file)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    ) {
      found.push(node.initializer.text);
      return;
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && phrase.test(node.text))
      found.push(node.text);
    if (ts.isTemplateExpression(node) && word.test(node.head.text)) found.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('operator screens take their words from the catalogue', () => {
  it.each(OPERATOR_SCREENS)('%s has no hard-coded English', (name) => {
    expect(hardCodedEnglish(readFileSync(join(OPERATOR_DIR, name), 'utf8'), name)).toEqual([]);
  });

  it('the scan finds each kind of hard-coded English it claims to (control)', () => {
    const sample = `
      import { x } from './some module';
      export function Sample({ n }: { n: number }) {
        const fail = () => setMessage('The command was refused.');
        return (
          <div className="operator-button operator-danger" aria-label="Confirm exit" data-testid="sample">
            <h3>Playback</h3>
            <p>Slide {n} of 12</p>
            <button>{\`Import \${n}\`}</button>
            <span>{n} · ⌫ 0</span>
          </div>
        );
      }`;
    expect(hardCodedEnglish(sample)).toEqual([
      'The command was refused.',
      'Confirm exit',
      'Playback',
      'Slide',
      'of 12',
      'Import ',
    ]);
  });
});
