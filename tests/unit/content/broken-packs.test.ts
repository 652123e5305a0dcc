// The broken-pack corpus: every folder under tests/fixtures/broken-packs must fail to load with
// the problem its expected.json names; the fixture files must be byte-identical afterwards.
import { readdirSync, readFileSync } from 'node:fs';
import { link, lstat, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/main/content/load-pack';
import { formatProblem, type Problem } from '../../../src/shared/content/problems';
import {
  BROKEN_PACKS,
  copyPack,
  DOT_PNG,
  FIXTURES,
  hashTree,
  makeSymlink,
  tempDir,
  VALID_MINIMAL,
} from '../../support/make-pack';

interface Expected {
  file: string;
  path: string;
  message: string;
  setup?: 'symlink-out' | 'symlink-to-deck' | 'hardlink-out';
}

const names = readdirSync(BROKEN_PACKS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const expectedOf = (name: string) =>
  JSON.parse(readFileSync(path.join(BROKEN_PACKS, name, 'expected.json'), 'utf8')) as Expected;

/** Every problem class of the task must have at least one folder. */
const REQUIRED_CLASSES = [
  'missing-deck-json',
  'empty-file',
  'non-utf8-bytes',
  'bom-only',
  'invalid-json-trailing-comma',
  'invalid-json-unterminated-string',
  'wrong-format-version',
  'required-field-missing',
  'wrong-field-type',
  'unknown-slide-type',
  'duplicate-slide-ids',
  'missing-locale-string',
  'default-locale-not-declared',
  'arcs-from-nowhere',
  'media-missing',
  'media-dotdot-escape',
  'media-absolute-path',
  'media-symlink-out',
  'negative-duration',
  'bad-slide-id',
  'negative-stat-value',
  'empty-localized-string',
  // The one media policy (issue 14.3) and the depth limit (14.10).
  'media-outside-media-folder',
  'media-hash-in-name',
  'media-html',
  'media-js',
  'media-svg',
  'media-png-holds-text',
  'media-symlink-to-deck',
  'media-hardlink-out',
  'too-deep',
];

function expectProblem(problems: Problem[], expected: Expected): void {
  const match = problems.find(
    (p) =>
      p.severity === 'error' &&
      p.file === expected.file &&
      p.path === expected.path &&
      new RegExp(expected.message).test(p.message),
  );
  expect(
    match,
    `expected ${expected.file}:${expected.path}: /${expected.message}/ among\n${problems.map(formatProblem).join('\n')}`,
  ).toBeDefined();
}

describe('broken-pack corpus', () => {
  let before: Map<string, string>;
  const temps: string[] = [];
  beforeAll(async () => {
    before = await hashTree(FIXTURES);
  });
  afterAll(async () => {
    await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('has a folder, with an expected.json, for every problem class (and at least 22 packs)', () => {
    expect(names.length).toBeGreaterThanOrEqual(22);
    for (const name of REQUIRED_CLASSES) expect(names).toContain(name);
    for (const name of names) expect(expectedOf(name).message, name).toBeTruthy();
  });

  it.each(names)('%s: is refused with the expected problem', async (name) => {
    const expected = expectedOf(name);
    const dir = path.join(BROKEN_PACKS, name);
    // A committed symlink is used as is where the checkout kept it (git does on Linux/macOS);
    // a hard link cannot be committed at all, so that pack is only judged in its temp copy.
    const linkKept =
      expected.setup === undefined ||
      (expected.setup === 'symlink-out' && (await lstat(path.join(dir, 'media/outside.png'))).isSymbolicLink()) ||
      (expected.setup === 'symlink-to-deck' && (await lstat(path.join(dir, 'media/x.png'))).isSymbolicLink());
    if (linkKept) {
      const result = await loadPack(dir);
      expect(result.ok).toBe(false);
      if (!result.ok) expectProblem(result.problems, expected);
    }
    if (expected.setup) {
      // Robust on any checkout: rebuild the link in a temp copy.
      const root = await tempDir();
      temps.push(root);
      const pack = path.join(root, 'pack');
      await copyPack(dir, pack);
      if (expected.setup === 'symlink-out') {
        await writeFile(path.join(root, 'outside.png'), 'outside the pack');
        await makeSymlink(pack, 'media/outside.png', path.join(root, 'outside.png'));
      } else if (expected.setup === 'symlink-to-deck') {
        await makeSymlink(pack, 'media/x.png', '../deck.json');
      } else {
        // A real PNG outside the pack: only the second name (nlink 2) gives it away.
        await writeFile(path.join(root, 'outside.png'), DOT_PNG);
        await rm(path.join(pack, 'media/linked.png'));
        await link(path.join(root, 'outside.png'), path.join(pack, 'media/linked.png'));
      }
      const result = await loadPack(pack);
      expect(result.ok).toBe(false);
      if (!result.ok) expectProblem(result.problems, expected);
    }
  });

  it('every problem prints as `file:path: message` on one line', async () => {
    for (const name of names) {
      const result = await loadPack(path.join(BROKEN_PACKS, name));
      if (result.ok) continue;
      for (const p of result.problems) {
        const line = formatProblem(p);
        expect(line).not.toContain('\n');
        expect(line.startsWith(p.path ? `${p.file}:${p.path}: ` : `${p.file}: `)).toBe(true);
      }
    }
  });

  it('the valid pack next to them loads', async () => {
    const result = await loadPack(VALID_MINIMAL);
    expect(result.ok && result.warnings).toEqual([]);
  });

  // Declared last: vitest runs a file's tests in order, so every load above has happened.
  it('leaves every fixture file byte-identical (the loader never writes)', async () => {
    const after = await hashTree(FIXTURES);
    expect(after.size).toBeGreaterThan(names.length);
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before));
  });
});
