/**
 * The operator panel's problems per pack (src/main/operator-status.ts): each pack's slide titles
 * read from its own deck.json on disk (real temp folders), and the groups in order (failed pack,
 * playing pack, settings). What the panel makes of these groups is in
 * operator-status-panel.test.ts; the shared pack and content helpers in
 * tests/support/operator-status.ts.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemGroups, readSlideTitles } from '../../../src/main/operator-status';
import { content, pack, problem, tmp } from '../../support/operator-status';

describe('readSlideTitles', () => {
  it('reads each slide’s title, else its headline, index for index with deck.json’s slides', async () => {
    const dir = await pack({
      slides: [
        { title: { en: 'Exports', ru: 'Экспорт' } },
        { title: 'Plain string title' },
        { title: '   ', headline: { en: 'Headline instead' } },
        { headline: 'Only a headline' },
        { id: 'no-words' },
        { title: { en: '', ru: 'Только русский', de: 42 } },
        { title: ['not', 'a', 'map'], headline: { zh: '标题' } },
        null,
        7,
        { title: { en: 42 } },
        { title: 'Title wins', headline: 'Not the headline' },
      ],
    });
    expect(readSlideTitles(dir)).toEqual([
      { en: 'Exports', ru: 'Экспорт' },
      { en: 'Plain string title' },
      { en: 'Headline instead' },
      { en: 'Only a headline' },
      null,
      { ru: 'Только русский' },
      { zh: '标题' },
      null,
      null,
      null,
      { en: 'Title wins' },
    ]);
  });

  it('reads a deck.json that starts with a byte-order mark', async () => {
    const dir = await pack(`\uFEFF${JSON.stringify({ slides: [{ title: 'After the BOM' }] })}`);
    expect(readSlideTitles(dir)).toEqual([{ en: 'After the BOM' }]);
  });

  it('never throws: a missing folder or file, broken JSON, no slides array or a null deck give []', async () => {
    const root = await tmp();
    expect(readSlideTitles(join(root, 'nowhere'))).toEqual([]);
    const empty = join(root, 'empty');
    await mkdir(empty);
    expect(readSlideTitles(empty)).toEqual([]);
    expect(readSlideTitles(await pack('{ "slides": [ { "title": "cut off'))).toEqual([]);
    expect(readSlideTitles(await pack({ slides: { 0: { title: 'an object, not a list' } } }))).toEqual([]);
    expect(readSlideTitles(await pack('null'))).toEqual([]);
    expect(readSlideTitles(await pack('"just a string"'))).toEqual([]);
    // deck.json as a folder: reading it fails, and that is not thrown either.
    const folderDeck = join(root, 'folder-deck');
    await mkdir(join(folderDeck, 'deck.json'), { recursive: true });
    expect(readSlideTitles(folderDeck)).toEqual([]);
  });

  it('does not read a deck.json over 4 MiB again; one of exactly 4 MiB is read', async () => {
    const body = JSON.stringify({ slides: [{ title: 'Big' }] });
    const limit = 4 * 1024 * 1024;
    const atLimit = body + ' '.repeat(limit - Buffer.byteLength(body));
    expect(readSlideTitles(await pack(atLimit))).toEqual([{ en: 'Big' }]);
    expect(readSlideTitles(await pack(`${atLimit} `))).toEqual([]);
  });
});

describe('problemGroups', () => {
  it('a custom pack that failed is named by its own folder, with its own slide titles, not the bundled deck’s', async () => {
    const custom = await pack({ slides: [{ title: 'Mine 1' }, { title: 'Mine 2' }] }, 'custom');
    const bundled = await pack({ slides: [{ title: 'Built-in 1' }] }, 'bundled');
    const failure = problem('deck.json', 'slides[1].title.en');
    const groups = problemGroups(
      content({
        packDir: bundled,
        byPack: [
          { dir: custom, origin: 'custom', shown: false, problems: [failure] },
          { dir: bundled, origin: 'bundled', shown: true, problems: [] },
        ],
      }),
      [],
    );
    expect(groups).toEqual([
      { role: 'failed', origin: 'custom', where: custom, problems: [failure], slideTitles: [{ en: 'Mine 1' }, { en: 'Mine 2' }] },
    ]);
  });

  it('the playing pack shows only with warnings; a failed pack shows even with none listed', async () => {
    const custom = await pack({ slides: [] }, 'custom');
    const bundled = await pack({ slides: [{ title: 'B' }] }, 'bundled');
    const warning = problem('deck.json', 'slides[0].notes', 'warning', 'too long');
    const groups = problemGroups(
      content({
        byPack: [
          { dir: custom, origin: 'custom', shown: false, problems: [] },
          { dir: bundled, origin: 'bundled', shown: true, problems: [warning] },
        ],
      }),
      [],
    );
    expect(groups.map((g) => [g.role, g.origin, g.where, g.problems.length])).toEqual([
      ['failed', 'custom', custom, 0],
      ['playing', 'bundled', bundled, 1],
    ]);
    expect(groups[1].slideTitles).toEqual([{ en: 'B' }]);
  });

  it('out of service: the custom pack and the bundled one both failed, in the order tried, then settings.json', async () => {
    const custom = await pack('{ broken', 'custom');
    const bundled = await pack({ slides: [{ title: 'B' }] }, 'bundled');
    const settingsA = problem('/etc/showcase/settings.json', 'idleSeconds');
    const settingsB = problem('/etc/showcase/settings.json', 'mode', 'warning');
    const settings = [settingsA, settingsB];
    const groups = problemGroups(
      content({
        byPack: [
          { dir: custom, origin: 'custom', shown: false, problems: [problem('deck.json', '')] },
          { dir: bundled, origin: 'bundled', shown: false, problems: [problem('deck.json', 'slides')] },
        ],
      }),
      settings,
    );
    expect(groups.map((g) => [g.role, g.origin, g.where])).toEqual([
      ['failed', 'custom', custom],
      ['failed', 'bundled', bundled],
      ['settings', 'settings', '/etc/showcase/settings.json'],
    ]);
    expect(groups[0].slideTitles).toEqual([]); // its deck.json is not JSON: "Slide N" without titles
    expect(groups[2]).toEqual({
      role: 'settings',
      origin: 'settings',
      where: '/etc/showcase/settings.json',
      problems: settings,
      slideTitles: [],
    });
    expect(groups[2].problems).not.toBe(settings); // a copy, not the caller's array
  });

  it('no per-pack list (live preview): the snapshot’s problems belong to the pack on screen, minus settings', async () => {
    const dir = await pack({ slides: [{ title: 'Preview' }] }, 'preview');
    const settingsProblem = problem('settings.json', 'locale');
    const packProblem = problem('deck.json', 'slides[0].title.ru', 'warning');
    const groups = problemGroups(
      content({ packDir: dir, origin: 'custom', problems: [packProblem, settingsProblem] }),
      [settingsProblem],
    );
    expect(groups).toEqual([
      { role: 'playing', origin: 'custom', where: dir, problems: [packProblem], slideTitles: [{ en: 'Preview' }] },
      { role: 'settings', origin: 'settings', where: 'settings.json', problems: [settingsProblem], slideTitles: [] },
    ]);
  });

  it('no per-pack list and nothing wrong: no groups; no pack folder either: only settings', () => {
    expect(problemGroups(content({ packDir: '/somewhere', problems: [] }), [])).toEqual([]);
    const settingsProblem = problem('settings.json', 'mode');
    expect(problemGroups(content({ packDir: null, problems: [problem('deck.json', 'x')] }), [settingsProblem])).toEqual([
      { role: 'settings', origin: 'settings', where: 'settings.json', problems: [settingsProblem], slideTitles: [] },
    ]);
  });

  it('an empty per-pack list is taken as it is (the snapshot’s problems are not used instead)', () => {
    expect(problemGroups(content({ byPack: [], packDir: '/somewhere', problems: [problem('deck.json', 'x')] }), [])).toEqual([]);
  });
});
