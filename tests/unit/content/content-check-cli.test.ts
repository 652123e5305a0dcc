// The CLI as a user runs it (a child process through tsx). Two invocations in all, run in
// parallel: starting tsx is the slow part.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckText, DOT_PNG, hashTree, REPO_ROOT, tempDir, VALID_MINIMAL, writePack } from '../../support/make-pack';
import { minimalDeck } from '../../fixtures/minimal-deck';

const run = promisify(execFile);
interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(dir: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/content-check.ts', dir], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** The media content:check must refuse (issue 14, done-when), with the reason it gives. */
const ATTACKS: [string, string][] = [
  ['photos/dot.png', "is outside the pack's media/ folder"],
  ['media/a#b.png', 'contains "#" or "\\?"'],
  ['media/page.html', 'is not an image type'],
  ['media/evil.js', 'is not an image type'],
  ['media/evil.svg', 'is not an image type'],
  ['media/text.png', 'does not hold PNG image data'],
];

const STACK_FRAME = /at .*\(.*:\d+:\d+\)/;

describe('npm run content:check', () => {
  let root: string;
  let valid: Outcome;
  let broken: Outcome;
  let attacks: Outcome;
  let deep: Outcome;
  let before: Map<string, string>;

  beforeAll(async () => {
    root = await tempDir('content-check-');
    // The issue's own example: a copy with a slide's required field removed (and its image gone).
    const deck = minimalDeck() as { slides: Record<string, unknown>[] };
    delete deck.slides[1].title;
    await writePack(path.join(root, 'broken'), deck, {});
    // Issue 14's done-when list: one pack whose deck references each refused media file.
    const attackDeck = minimalDeck() as unknown as Record<string, unknown>;
    attackDeck.extraVisuals = ATTACKS.map(([src]) => ({ kind: 'image', src }));
    await writePack(path.join(root, 'attacks'), attackDeck, {
      'media/dot.png': DOT_PNG,
      'photos/dot.png': DOT_PNG,
      'media/a#b.png': DOT_PNG,
      'media/page.html': Buffer.from('<!doctype html><script>alert(1)</script>'),
      'media/evil.js': Buffer.from('alert(1)'),
      'media/evil.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      'media/text.png': Buffer.from('text, not a PNG'),
    });
    const deepText = deckText(minimalDeck()).replace(
      '{\n',
      `{\n  "extra": ${'['.repeat(20_000)}${']'.repeat(20_000)},\n`,
    );
    await writePack(path.join(root, 'deep'), deepText);
    before = await hashTree(VALID_MINIMAL);
    [valid, broken, attacks, deep] = await Promise.all([
      check(VALID_MINIMAL),
      check(path.join(root, 'broken')),
      check(path.join(root, 'attacks')),
      check(path.join(root, 'deep')),
    ]);
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('exits 0 with one summary line for a valid pack', () => {
    expect(valid).toEqual({
      code: 0,
      stdout: 'ok: valid-minimal — 3 slides, 2 locales (en, ru), 0 warnings\n',
      stderr: '',
    });
  });

  it('exits 1 with one `file:path: message` line per problem for a broken pack', () => {
    expect(broken.code).toBe(1);
    expect(broken.stdout.trimEnd().split('\n')).toEqual([
      'deck.json:slides[1].title: required',
      'deck.json:slides[2].visual.src: media file "media/dot.png" not found',
    ]);
  });

  it('rejects photos/dot.png, media/a#b.png, media/page.html, media/evil.js, media/evil.svg and a .png holding text', () => {
    expect(attacks.code).toBe(1);
    expect(attacks.stdout.trimEnd().split('\n')).toEqual(
      ATTACKS.map(([src, message], i) =>
        expect.stringMatching(
          new RegExp(
            `^deck\\.json:extraVisuals\\[${i}\\]\\.src: media file "${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" ${message}`,
          ),
        ),
      ),
    );
  });

  it('a 20,000-deep deck.json gets a message with the file and a JSON path', () => {
    expect(deep.code).toBe(1);
    expect(deep.stdout).toMatch(/^deck\.json:extra(\[0\])+: nested more than \d+ levels deep here/);
    expect(deep.stdout + deep.stderr).not.toMatch(/call stack/i);
  });

  it('never prints a stack trace', () => {
    for (const out of [valid, broken, attacks, deep]) expect(out.stdout + out.stderr).not.toMatch(STACK_FRAME);
  });

  it('does not write to the pack it checks', async () => {
    expect(Object.fromEntries(await hashTree(VALID_MINIMAL))).toEqual(Object.fromEntries(before));
  });
});

describe('npm run content:check on the text rules (issue 15)', () => {
  const fixture = (folder: string, name: string) => path.join(REPO_ROOT, 'tests/fixtures', folder, name);

  it('refuses a broken ICU message with the file and JSON path, and the bundled pack has 0 warnings', async () => {
    const [syntax, missing, bundled] = await Promise.all([
      check(fixture('messages', 'syntax-error')),
      check(fixture('messages', 'missing-plural-category-ar')),
      check(path.join(REPO_ROOT, 'resources/content/chery-global-2020')),
    ]);
    expect(syntax.code).toBe(1);
    expect(syntax.stdout).toMatch(/^deck\.json:ui\.goToSlide\.ru: ICU message syntax error at character 18: /m);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^deck\.json:ui\.returningToStart\.ar: plural \{seconds\} lacks "zero", "two"/m);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toMatch(
      /^ok: chery-global-2020 — 12 slides, 4 locales \(en, zh-CN, ru, ar\), 0 warnings\n$/,
    );
  }, 60_000);

  it('passes a pack with a typography slip, naming it as a warning', async () => {
    const out = await check(fixture('typography', 'ar-prefix-glued-to-latin'));
    expect(out.code).toBe(0);
    expect(out.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/, 1 warning$/),
      expect.stringMatching(/^deck\.json:slides\[0\]\.headline\.ar: warning: typography ar-prefix-glued-to-latin: /),
    ]);
  }, 60_000);
});
