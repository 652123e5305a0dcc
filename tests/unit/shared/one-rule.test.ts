/**
 * Rules that were once written two or three times now live in one module each (issue 20). A scan
 * of src/ keeps them there: the telltale text of each rule appears in its own module and nowhere
 * else. A rule's own module must match too (so a pattern that stops matching fails); the PIN
 * bounds have no text of their own to find — no file may spell them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const FILES = sourceFiles(SRC).map((path) => ({
  file: relative(SRC, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

const RULES: Array<{ rule: string; telltale: RegExp; home: string[] }> = [
  { rule: 'a missing value is "required"', telltale: /received undefined/, home: ['shared/content/issue-message.ts'] },
  { rule: 'the locale code shape', telltale: /\[a-z\]\{2,3\}/, home: ['shared/content/locale-code.ts'] },
  { rule: 'an origin with credentials is no origin', telltale: /\.password\b/, home: ['main/trusted-origins.ts'] },
  {
    rule: 'JSON syntax errors with a position',
    telltale: /locateJsonError|at position/,
    home: ['main/content/json-syntax.ts', 'main/content/decode-json.ts'],
  },
  { rule: 'the PIN length', telltale: /\b6 to 12\b|\{6,12\}/, home: [] },
  {
    rule: 'a deck command sent and forgotten',
    telltale: /showcase\.command\(.*\)\.catch\(/,
    home: ['renderer/src/view-shell.tsx'],
  },
  { rule: "the document's language", telltale: /documentElement\.(lang|dir) =/, home: ['renderer/src/view-shell.tsx'] },
  {
    rule: 'a pack path resolved for the page',
    telltale: /function resolveMedia\b/,
    home: ['renderer/src/media-base.ts'],
  },
];

describe('one rule, one module', () => {
  it.each(RULES)('$rule: only in its own module', ({ telltale, home }) => {
    const found = FILES.filter((f) => telltale.test(f.text)).map((f) => f.file);
    expect(found.sort()).toEqual([...home].sort());
  });

  it('control: the scan reads every source file, and a copy would be found', () => {
    expect(FILES.length).toBeGreaterThan(50);
    const copy = { file: 'main/x.ts', text: "if (url.password !== '') return null;" };
    expect(RULES[2].telltale.test(copy.text)).toBe(true);
  });
});
