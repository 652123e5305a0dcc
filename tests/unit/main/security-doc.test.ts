/**
 * Keeps docs/security.md honest: 20 rows, one per item of Electron's security checklist, in
 * order; every `file:symbol` it names as the place of enforcement exists; every
 * `tests/… › title` it names as proof is a test that exists; and the Electron version it states
 * is the one package.json and the lock file pin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const DOC = readFileSync(join(REPO, 'docs', 'security.md'), 'utf8');

/** Electron's "Checklist: Security recommendations", in its order (electronjs.org, tutorial/security). */
const CHECKLIST = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable context isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable webSecurity',
  'Define a Content Security Policy',
  'Do not enable allowRunningInsecureContent',
  'Do not enable experimental features',
  'Do not use enableBlinkFeatures',
  '<webview>: Do not use allowpopups',
  '<webview>: Verify options and params',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use shell.openExternal with untrusted content',
  'Use a current version of Electron',
  'Validate the sender of all IPC messages',
  'Avoid usage of the file:// protocol and prefer usage of custom protocols',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content',
];

interface Row {
  number: number;
  title: string;
  enforced: string;
  proof: string;
}

/** The checklist table: lines that start with `| <number> |`. */
function tableRows(doc: string): Row[] {
  return doc
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(cells, `row "${line.slice(0, 40)}…" has 4 cells`).toHaveLength(4);
      return { number: Number(cells[0]), title: cells[1], enforced: cells[2], proof: cells[3] };
    });
}

/** `tests/… › title` references in a cell. */
function testRefs(cell: string): { file: string; title: string }[] {
  return [...cell.matchAll(/`(tests\/[^`\s]+) › ([^`]+)`/g)].map((m) => ({ file: m[1], title: m[2] }));
}

/** `path:symbol` references (source or config file, then a name in it). */
function codeRefs(cell: string): { file: string; symbol: string }[] {
  return [...cell.matchAll(/`((?:src|scripts)\/[^`:\s]+|[\w.-]+\.(?:yml|js|json)):([A-Za-z_$][\w$]*)`/g)].map((m) => ({
    file: m[1],
    symbol: m[2],
  }));
}

/** True when `file` declares a test called exactly `title` (as a quoted string literal). */
function hasTest(file: string, title: string): boolean {
  const path = join(REPO, file);
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const escaped = (q: string) => title.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`);
  return ["'", '"', '`'].some((q) => text.includes(`${q}${escaped(q)}${q}`) || text.includes(`${q}${title}${q}`));
}

const plain = (s: string) => s.replaceAll('`', '').toLowerCase();
const rows = tableRows(DOC);

/** The "Beyond the checklist" table: lines that start with `| <letter> |`. */
function beyondRows(doc: string): Row[] {
  return doc
    .split('\n')
    .filter((line) => /^\|\s*[A-Z]\s*\|/.test(line))
    .map((line, i) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(cells, `row "${line.slice(0, 40)}…" has 4 cells`).toHaveLength(4);
      return { number: i, title: cells[1], enforced: cells[2], proof: cells[3] };
    });
}
const beyond = beyondRows(DOC);

describe('docs/security.md', () => {
  it('has one row per checklist item, all 20, in order, with the checklist titles', () => {
    expect(rows.map((r) => r.number)).toEqual(CHECKLIST.map((_t, i) => i + 1));
    expect(rows.map((r) => plain(r.title))).toEqual(CHECKLIST.map((t) => t.toLowerCase()));
  });

  it.each(rows.map((r) => [r.number, r] as const))('row %i names where it is enforced, and it exists', (_n, row) => {
    const refs = codeRefs(row.enforced);
    expect(refs.length, 'at least one `file:symbol`').toBeGreaterThan(0);
    for (const { file, symbol } of refs) {
      expect(existsSync(join(REPO, file)), `${file} exists`).toBe(true);
      expect(readFileSync(join(REPO, file), 'utf8'), `${file} mentions ${symbol}`).toContain(symbol);
    }
  });

  it.each(rows.map((r) => [r.number, r] as const))(
    'row %i names tests that exist, or gives a reasoned N/A',
    (_n, row) => {
      const refs = testRefs(row.proof);
      if (refs.length === 0) {
        expect(row.proof, 'no test: an N/A with its reason').toMatch(/N\/A\W+\w[\s\S]{40,}/);
        return;
      }
      for (const { file, title } of refs) expect(hasTest(file, title), `${file} › ${title}`).toBe(true);
    },
  );

  it('beyond the checklist: the kiosk, PIN, media trust, throttling and debug-switch rules each have a row', () => {
    const titles = beyond.map((r) => plain(r.title)).join(' / ');
    for (const topic of ['kiosk', 'pin', 'media', 'throttled', 'debugging', 'crash loop'])
      expect(titles).toContain(topic);
  });

  it.each(beyond.map((r) => [r.title, r] as const))(
    'beyond the checklist, "%s": every file:symbol exists and every named test exists',
    (_title, row) => {
      const code = codeRefs(row.enforced);
      expect(code.length, 'at least one `file:symbol`').toBeGreaterThan(0);
      for (const { file, symbol } of code) {
        expect(existsSync(join(REPO, file)), `${file} exists`).toBe(true);
        expect(readFileSync(join(REPO, file), 'utf8'), `${file} mentions ${symbol}`).toContain(symbol);
      }
      const tests = testRefs(row.proof);
      expect(tests.length, 'at least one test').toBeGreaterThan(0);
      for (const { file, title } of tests) expect(hasTest(file, title), `${file} › ${title}`).toBe(true);
    },
  );

  it('the checks are not vacuous: a made-up test, file or symbol is caught', () => {
    expect(hasTest('tests/unit/main/security.test.ts', 'blocks <webview>')).toBe(true);
    expect(hasTest('tests/unit/main/security.test.ts', 'blocks <webview> and everything else')).toBe(false);
    expect(hasTest('tests/unit/main/no-such.test.ts', 'blocks <webview>')).toBe(false);
    expect(testRefs('`tests/a.test.ts › one`; `tests/b.spec.ts › two, three`')).toEqual([
      { file: 'tests/a.test.ts', title: 'one' },
      { file: 'tests/b.spec.ts', title: 'two, three' },
    ]);
    expect(codeRefs('`src/main/security.ts:hardenWebContents` and `electron-builder.yml:electronFuses`')).toEqual([
      { file: 'src/main/security.ts', symbol: 'hardenWebContents' },
      { file: 'electron-builder.yml', symbol: 'electronFuses' },
    ]);
  });

  it('states the Electron version that package.json and the lock file pin', () => {
    const range = (
      JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    ).devDependencies.electron;
    const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    const pinned = lock.packages['node_modules/electron'].version;
    expect(DOC).toContain(`\`package.json\` asks for \`${range}\`; the lock file pins \`${pinned}\``);
    const row16 = rows.find((r) => r.number === 16)!;
    expect(row16.enforced).toContain(`\`${range}\``);
    expect(row16.enforced).toContain(`\`${pinned}\``);
  });
});
