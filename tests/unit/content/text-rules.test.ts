// content:check's text rules, fixture by fixture: each folder under tests/fixtures/typography and
// tests/fixtures/messages breaks exactly one rule at one JSON path (expected.json). The same pack
// with that one string fixed is silent, so each finding is the rule's own and not noise.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/main/content/load-pack';
import { checkDeck } from '../../../src/shared/content/check-deck.schema';
import { formatPath, type Problem } from '../../../src/shared/content/problems';
import { TYPOGRAPHY_RULES, typographyFindings } from '../../../src/shared/content/typography';
import { BUNDLED_PACK, copyPack, FIXTURES, tempDir } from '../../support/make-pack';
import { rm, writeFile } from 'node:fs/promises';

interface Expected {
  path: Array<string | number>;
  bad: string;
  fixed: string;
  expect: { rule: string } | { message: string; severity: 'error' | 'warning' };
}

const cases = (folder: string) =>
  readdirSync(path.join(FIXTURES, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
const expectedOf = (folder: string, name: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, folder, name, 'expected.json'), 'utf8')) as Expected;
const problemsOf = (r: Awaited<ReturnType<typeof loadPack>>): Problem[] => (r.ok ? r.warnings : r.problems);

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

/** The fixture pack copied to a temp dir with its one bad string replaced by the fix. */
async function fixedCopy(folder: string, name: string, expected: Expected): Promise<string> {
  const root = await tempDir();
  temps.push(root);
  await copyPack(path.join(FIXTURES, folder, name), root);
  const deck = JSON.parse(readFileSync(path.join(root, 'deck.json'), 'utf8')) as Record<string, unknown>;
  let node = deck as Record<string | number, unknown>;
  for (const key of expected.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = expected.path[expected.path.length - 1];
  expect(node[last]).toBe(expected.bad);
  node[last] = expected.fixed;
  await writeFile(path.join(root, 'deck.json'), JSON.stringify(deck, null, 2));
  return root;
}

describe('typography rules (content:check warnings)', () => {
  const names = cases('typography');

  it('has a fixture for every rule', () => {
    expect(names).toEqual(TYPOGRAPHY_RULES.map((r) => r.id).sort());
  });

  it.each(names)('%s: warns once, at the JSON path of the bad string; the fix is silent', async (name) => {
    const expected = expectedOf('typography', name);
    const result = await loadPack(path.join(FIXTURES, 'typography', name));
    expect(result.ok).toBe(true);
    expect(problemsOf(result).map((p) => [p.severity, p.path, p.message.split(':')[0]])).toEqual([
      ['warning', formatPath(expected.path), `typography ${name}`],
    ]);
    const fixed = await loadPack(await fixedCopy('typography', name, expected));
    expect(fixed.ok && fixed.warnings).toEqual([]);
  });

  it('reads the review’s cases right, without false alarms', () => {
    const ids = (text: string, locale: string) => typographyFindings(text, locale).map((f) => f.rule.id);
    expect(ids('200 000 автомобилей', 'ru')).toEqual(['ru-space-in-number']);
    expect(ids('через {seconds} с', 'ru')).toEqual(['ru-space-before-unit']);
    expect(ids('{seconds, plural, other {# секунды}}', 'ru')).toEqual(['ru-space-before-unit']);
    expect(ids('свыше 1 миллиона единиц', 'ru')).toEqual(['ru-space-before-unit']);
    // Not units: a counted noun, a year with its noun, a word starting like a unit.
    expect(ids('20 показателей в 2020 году, 12 марта, 4 страны', 'ru')).toEqual([]);
    expect(ids('Россия\u00a0— рынок, 200\u00a0000, 10\u00a0с', 'ru')).toEqual([]);
    expect(ids('2020年七月至九月', 'zh-CN')).toEqual(['zh-chinese-numerals-in-date']);
    expect(ids('二〇二〇年', 'zh-CN')).toEqual(['zh-chinese-numerals-in-date']);
    // "twenty years" and "three steps" are counts, not dates.
    expect(ids('国际化二十年，“三步走”第一步，2020年7月至9月', 'zh-CN')).toEqual([]);
    expect(ids('لـChery', 'ar')).toEqual(['ar-prefix-glued-to-latin']);
    expect(ids('وChery', 'ar')).toEqual(['ar-prefix-glued-to-latin']);
    expect(ids('لشركة Chery و(CFLPA)', 'ar')).toEqual([]);
    // Rules stay in their language: Russian spacing is not an English rule.
    expect(ids('200 000 — "x"', 'en')).toEqual([]);
  });
});

describe('ICU message checks (content:check)', () => {
  it.each(cases('messages'))('%s: reported at its JSON path; the fix is silent', async (name) => {
    const expected = expectedOf('messages', name);
    if (!('message' in expected.expect)) throw new Error('messages fixtures name a message');
    const result = await loadPack(path.join(FIXTURES, 'messages', name));
    const { severity, message } = expected.expect;
    expect(result.ok).toBe(severity === 'warning');
    const at = problemsOf(result).filter((p) => p.path === formatPath(expected.path));
    expect(at).toHaveLength(1);
    expect(at[0].severity).toBe(severity);
    expect(at[0].message).toMatch(new RegExp(message));
    const fixed = await loadPack(await fixedCopy('messages', name, expected));
    expect(fixed.ok && fixed.warnings).toEqual([]);
  });
});

describe('the bundled pack', () => {
  it('passes content:check with 0 warnings under every text rule', async () => {
    const result = await loadPack(BUNDLED_PACK);
    expect(result.ok).toBe(true);
    expect(problemsOf(result)).toEqual([]);
  });

  it('would be warned about if the review’s findings came back (control)', () => {
    const deck = JSON.parse(readFileSync(path.join(BUNDLED_PACK, 'deck.json'), 'utf8')) as {
      slides: Array<Record<string, Record<string, string>>>;
    };
    deck.slides[2].intro['zh-CN'] = '2020年七月至九月，中国外文局开展了调查。';
    deck.slides[7].body.ar = 'روسيا من الأسواق الرئيسية لـChery.';
    deck.slides[7].body.ru = 'Россия — один из ключевых рынков Chery.';
    const result = checkDeck(deck);
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual([
      'slides[2].intro.zh-CN',
      'slides[7].body.ru',
      'slides[7].body.ar',
    ]);
  });
});
