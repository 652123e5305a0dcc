import { mkdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack, loadPackWithFallback, MAX_DECK_BYTES, MAX_MEDIA_BYTES } from '../../../src/main/content/load-pack';
import { formatProblem } from '../../../src/shared/content/problems';
import {
  BROKEN_PACKS,
  BUNDLED_PACK,
  copyPack,
  deckText,
  DOT_PNG,
  hashTree,
  tempDir,
  VALID_MINIMAL,
  writePack,
} from '../../support/make-pack';
import { minimalDeck } from '../../fixtures/minimal-deck';

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await tempDir();
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const lines = (r: Awaited<ReturnType<typeof loadPack>>) => (r.ok ? r.warnings : r.problems).map(formatProblem);

describe('loadPack', () => {
  it('loads the minimal valid pack: absolute dir, parsed deck, no warnings', async () => {
    const result = await loadPack(path.relative(process.cwd(), VALID_MINIMAL));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.dir).toBe(VALID_MINIMAL);
    expect(result.value.deck.id).toBe('valid-minimal');
    expect(result.value.deck.slides.map((s) => s.type)).toEqual(['title', 'statistics', 'story']);
    expect(result.warnings).toEqual([]);
  });

  it('states the limits it enforces', () => {
    expect(MAX_DECK_BYTES).toBe(2 * 1024 * 1024);
    expect(MAX_MEDIA_BYTES).toBe(50 * 1024 * 1024);
  });

  it('refuses a deck.json over 2 MiB without parsing it (generated here, not committed)', async () => {
    const dir = await temp();
    // Valid JSON padded with whitespace: only the size is wrong.
    const text = deckText(minimalDeck()).replace('{', `{${' '.repeat(MAX_DECK_BYTES)}`);
    await writePack(dir, text);
    expect(lines(await loadPack(dir))).toEqual([
      expect.stringMatching(/^deck\.json: file is 2,\d{3},\d{3} bytes, over the 2 MiB limit for deck\.json$/),
    ]);
    await writePack(dir, text.slice(0, MAX_DECK_BYTES - 4000));
    expect(lines(await loadPack(dir))[0]).not.toMatch(/limit/);
  });

  it('refuses a media file over 50 MiB (a sparse file: no 50 MiB written)', async () => {
    const dir = await temp();
    await writePack(dir, minimalDeck());
    await truncate(path.join(dir, 'media/dot.png'), MAX_MEDIA_BYTES + 1);
    expect(lines(await loadPack(dir))).toEqual([
      'deck.json:slides[2].visual.src: media file "media/dot.png" is 52,428,801 bytes, over the 50 MiB limit for media files',
    ]);
  });

  it('reports a missing pack folder as one problem instead of throwing', async () => {
    const result = await loadPack(path.join(await temp(), 'nope'));
    expect(lines(result)).toEqual([
      expect.stringMatching(/^deck\.json: file not found: the pack folder ".*nope" does not exist/),
    ]);
  });

  it('refuses a deck.json that is a symlink leaving the pack, and a dangling media link pointing out', async () => {
    const root = await temp();
    await writeFile(path.join(root, 'elsewhere.json'), deckText(minimalDeck()));
    await writePack(path.join(root, 'pack'), null);
    await symlink(path.join(root, 'elsewhere.json'), path.join(root, 'pack/deck.json'));
    expect(lines(await loadPack(path.join(root, 'pack')))).toEqual([
      'deck.json: escapes the pack (symbolic link to outside it)',
    ]);

    await writePack(path.join(root, 'pack2'), minimalDeck(), {});
    await mkdir(path.join(root, 'pack2/media'));
    await symlink('../../gone.png', path.join(root, 'pack2/media/dot.png'));
    expect(lines(await loadPack(path.join(root, 'pack2')))).toEqual([
      'deck.json:slides[2].visual.src: media file "media/dot.png" escapes the pack (symbolic link to outside its media/ folder)',
    ]);
  });

  it('accepts a symlink that stays inside the pack', async () => {
    const dir = await temp();
    await writePack(dir, minimalDeck(), { 'media/real/dot.png': DOT_PNG });
    await symlink('real/dot.png', path.join(dir, 'media/dot.png'));
    expect((await loadPack(dir)).ok).toBe(true);
  });

  it('lists schema and media problems together, so one run shows everything to fix', async () => {
    const dir = await temp();
    const deck = minimalDeck() as { slides: Record<string, unknown>[] };
    delete deck.slides[1].title;
    await writePack(dir, deck, {});
    expect(lines(await loadPack(dir))).toEqual([
      'deck.json:slides[1].title: required',
      'deck.json:slides[2].visual.src: media file "media/dot.png" not found',
    ]);
  });

  it('passes warnings through on a valid pack (an untranslated string)', async () => {
    const dir = await temp();
    const deck = minimalDeck() as { slides: { notes: Record<string, string> }[] };
    deck.slides[0].notes.ru = deck.slides[0].notes.en;
    await writePack(dir, deck);
    const result = await loadPack(dir);
    expect(result.ok).toBe(true);
    expect(lines(result)).toEqual(['deck.json:slides[0].notes.ru: warning: same as en: not translated?']);
  });
});

describe('loadPackWithFallback', () => {
  const broken = path.join(BROKEN_PACKS, 'required-field-missing');
  const alsoBroken = path.join(BROKEN_PACKS, 'media-missing');

  it('uses the requested pack when it is valid', async () => {
    const choice = await loadPackWithFallback(VALID_MINIMAL, alsoBroken);
    expect(choice).toMatchObject({ status: 'ok', origin: 'custom', problems: [] });
    expect(choice.pack?.dir).toBe(VALID_MINIMAL);
  });

  it('uses the bundled pack when none is requested', async () => {
    expect(await loadPackWithFallback(null, VALID_MINIMAL)).toMatchObject({
      status: 'ok',
      origin: 'bundled',
      problems: [],
    });
  });

  it('falls back to the bundled pack when the custom one is broken, keeping its problems', async () => {
    const choice = await loadPackWithFallback(broken, VALID_MINIMAL);
    expect(choice.status).toBe('fallback');
    expect(choice.origin).toBe('bundled');
    expect(choice.pack?.deck.id).toBe('valid-minimal');
    expect(choice.problems.map(formatProblem)).toEqual(['deck.json:slides[1].title: required']);
  });

  it('is out of service when the bundled pack fails too, with every problem', async () => {
    const choice = await loadPackWithFallback(broken, alsoBroken);
    expect(choice.status).toBe('out-of-service');
    expect(choice.pack).toBeUndefined();
    expect(choice.problems.map(formatProblem)).toEqual([
      'deck.json:slides[1].title: required',
      'deck.json:slides[2].visual.src: media file "media/dot.png" not found',
    ]);
    expect((await loadPackWithFallback(null, alsoBroken)).status).toBe('out-of-service');
  });

  it('does not write to either pack', async () => {
    const root = await temp();
    await copyPack(broken, path.join(root, 'custom'));
    await copyPack(VALID_MINIMAL, path.join(root, 'bundled'));
    const before = await hashTree(root);
    await loadPackWithFallback(path.join(root, 'custom'), path.join(root, 'bundled'));
    expect(Object.fromEntries(await hashTree(root))).toEqual(Object.fromEntries(before));
  });
});

describe('the bundled pack (resources/content/chery-global-2020)', () => {
  // No skip when deck.json is absent: the app cannot run without it, so this must fail loudly.
  it('loads without errors', async () => {
    const result = await loadPack(BUNDLED_PACK);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('names the committed JSON Schema in $schema for editor autocompletion', async () => {
    const deck = JSON.parse(await readFile(path.join(BUNDLED_PACK, 'deck.json'), 'utf8')) as { $schema?: string };
    expect(deck.$schema && path.resolve(BUNDLED_PACK, deck.$schema)).toBe(
      path.resolve(BUNDLED_PACK, '../deck.schema.json'),
    );
  });
});
