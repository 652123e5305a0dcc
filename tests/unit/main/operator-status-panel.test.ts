/**
 * What the operator panel makes of the problems per pack (src/main/operator-status.ts): the
 * groups fed through the panel's own status line and problem wording (src/renderer/src/operator)
 * give the colour and sentence for ok / fallback / out of service / closed, with slides counted
 * from 1 under the failed pack's own titles. Packs are real temp folders
 * (tests/support/operator-status.ts).
 */
import { describe, expect, it } from 'vitest';
import type { HoursStatus, OperatorStatus, ProblemGroup } from '../../../src/shared/ipc';
import { problemGroups } from '../../../src/main/operator-status';
import { describeStatus } from '../../../src/renderer/src/operator/status-line';
import { problemWords } from '../../../src/renderer/src/operator/problem-words';
import { deck } from '../../support/deck-states';
import { content, pack, problem } from '../../support/operator-status';

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
