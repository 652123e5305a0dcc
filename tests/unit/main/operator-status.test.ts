/**
 * The operator panel's problems per pack (src/main/operator-status.ts): each pack's slide titles
 * read from its own deck.json on disk (real temp folders), the groups in order (failed pack,
 * playing pack, settings), and — fed through the panel's own status line and problem wording
 * (src/renderer/src/operator) — the colour and sentence for ok / fallback / out of service /
 * closed, with slides counted from 1 under the failed pack's own titles.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/shared/content/problems';
import type { HoursStatus, OperatorStatus, ProblemGroup } from '../../../src/shared/ipc';
import type { ContentState } from '../../../src/main/content-service';
import { problemGroups, readSlideTitles } from '../../../src/main/operator-status';
import { describeStatus } from '../../../src/renderer/src/operator/status-line';
import { problemWords } from '../../../src/renderer/src/operator/problem-words';
import { deck } from '../../support/deck-states';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tmp(prefix = 'operator-status-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A pack folder whose deck.json is `deckJson` (a string is written as is). */
async function pack(deckJson: unknown, name = 'pack'): Promise<string> {
  const dir = join(await tmp(), name);
  await mkdir(dir);
  await writeFile(join(dir, 'deck.json'), typeof deckJson === 'string' ? deckJson : JSON.stringify(deckJson));
  return dir;
}

const problem = (file: string, path: string, severity: Problem['severity'] = 'error', message = 'required'): Problem => ({
  file,
  path,
  message,
  severity,
});

type Content = Pick<ContentState, 'byPack' | 'packDir' | 'snapshot'>;
function content(parts: Partial<Pick<ContentState, 'byPack' | 'packDir'>> & { origin?: 'custom' | 'bundled'; problems?: Problem[] }): Content {
  return {
    byPack: parts.byPack,
    packDir: parts.packDir ?? null,
    snapshot: { contentOrigin: parts.origin ?? 'bundled', problems: parts.problems ?? [] } as unknown as Content['snapshot'],
  };
}

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

describe('what the panel makes of these groups', () => {
  const baseStatus = (over: Partial<OperatorStatus>): OperatorStatus =>
    ({
      contentStatus: 'ok',
      contentOrigin: 'bundled',
      contentDir: null,
      problems: [],
      settingsProblems: [],
      uptimeSeconds: 0,
      restarts: 0,
      lastError: null,
      logPath: null,
      analyticsDir: null,
      ...over,
    }) as OperatorStatus;
  const state = deck({}, 'kiosk', 5);

  it('ok: green, the pack playing named with its slide count', async () => {
    const dir = await pack({ slides: [] }, 'custom');
    const groups = problemGroups(
      content({ byPack: [{ dir, origin: 'custom', shown: true, problems: [] }] }),
      [],
    );
    expect(groups).toEqual([]);
    expect(describeStatus(baseStatus({ contentOrigin: 'custom', contentDir: dir, problemGroups: groups }), state)).toEqual({
      tone: 'ok',
      text: `All fine: your pack at ${dir} is playing (5 slides).`,
    });
    expect(describeStatus(baseStatus({ problemGroups: groups }), state)).toEqual({
      tone: 'ok',
      text: 'All fine: the built-in deck is playing (5 slides).',
    });
  });

  it('fallback: amber, the failed folder, its problem count and the file with the first error', async () => {
    const custom = await pack({ slides: [{ title: 'Mine' }] }, 'custom');
    const bundled = await pack({ slides: [] }, 'bundled');
    const groups = problemGroups(
      content({
        byPack: [
          {
            dir: custom,
            origin: 'custom',
            shown: false,
            problems: [problem('strings.json', 'x', 'warning'), problem('deck.json', 'slides[0].title')],
          },
          { dir: bundled, origin: 'bundled', shown: true, problems: [] },
        ],
      }),
      [],
    );
    expect(describeStatus(baseStatus({ contentStatus: 'fallback', problemGroups: groups }), state)).toEqual({
      tone: 'warn',
      text: `Your pack at ${custom} has 2 problems — the built-in deck is playing. Fix deck.json, then Reload.`,
    });
  });

  it('out of service: red, whatever else is wrong, and settings problems are added', async () => {
    const custom = await pack('{', 'custom');
    const groups = problemGroups(
      content({ byPack: [{ dir: custom, origin: 'custom', shown: false, problems: [problem('deck.json', '')] }] }),
      [problem('settings.json', 'mode')],
    );
    const { tone, text } = describeStatus(baseStatus({ contentStatus: 'out-of-service', problemGroups: groups }), state);
    expect(tone).toBe('error');
    expect(text).toContain('Nothing is playing: no content could be read.');
    expect(text).toContain('settings.json has 1 problem: those settings use their defaults.');
    expect(describeStatus(baseStatus({ contentStatus: 'out-of-service', outOfServiceReason: 'crash loop' }), state).text).toContain(
      'the display stopped working several times in a row',
    );
  });

  it('warnings on the playing pack or settings problems alone turn an ok line amber', async () => {
    const dir = await pack({ slides: [] });
    const warned = problemGroups(
      content({ byPack: [{ dir, origin: 'bundled', shown: true, problems: [problem('deck.json', 'a', 'warning')] }] }),
      [],
    );
    expect(describeStatus(baseStatus({ problemGroups: warned }), state)).toEqual({
      tone: 'warn',
      text: 'Playing, with 1 warning to look at (listed under Content).',
    });
    const settingsOnly = problemGroups(content({ byPack: [] }), [problem('settings.json', 'a'), problem('settings.json', 'b')]);
    expect(describeStatus(baseStatus({ problemGroups: settingsOnly }), state)).toMatchObject({
      tone: 'warn',
      text: expect.stringContaining('settings.json has 2 problems'),
    });
  });

  it('closed by the opening hours: the tone stays as the content says, the line says when it opens', () => {
    const reopensAt = new Date(2025, 5, 3, 9, 0).getTime();
    const hours: HoursStatus = {
      scheduled: true,
      open: false,
      override: null,
      nextChange: reopensAt,
      reopensAt,
      reopensInDays: 1,
    };
    const { tone, text } = describeStatus(baseStatus({ problemGroups: [], hours }), state);
    expect(tone).toBe('ok');
    expect(text).toMatch(/^All fine: the built-in deck is playing \(5 slides\)\. Closed by the opening hours; opens again tomorrow at .*09.00/);
    // Out of service says nothing about the hours.
    expect(describeStatus(baseStatus({ contentStatus: 'out-of-service', hours }), state).text).not.toContain('opening hours');
  });

  it('slides are counted from 1 with the failed pack’s own titles ("slides[7]" is Slide 8)', async () => {
    const titles = Array.from({ length: 9 }, (_, i) => ({ title: { en: `Mine ${i + 1}` } }));
    const custom = await pack({ slides: titles }, 'custom');
    const bundled = await pack({ slides: Array.from({ length: 9 }, (_, i) => ({ title: `Built-in ${i + 1}` })) }, 'bundled');
    const [group]: ProblemGroup[] = problemGroups(
      content({
        byPack: [
          { dir: custom, origin: 'custom', shown: false, problems: [problem('deck.json', 'slides[7].title.ru'), problem('deck.json', 'slides[0]')] },
          { dir: bundled, origin: 'bundled', shown: true, problems: [] },
        ],
      }),
      [],
    );
    const shownTitles = group.slideTitles.map((t) => t?.en ?? null);
    expect(problemWords(group.problems[0], shownTitles)).toMatchObject({ where: 'Slide 8 · Mine 8', field: 'title.ru' });
    expect(problemWords(group.problems[1], shownTitles)).toMatchObject({ where: 'Slide 1 · Mine 1', field: null });
    // Beyond the titles read: the number alone.
    expect(problemWords(problem('deck.json', 'slides[12].title'), shownTitles).where).toBe('Slide 13');
  });
});
