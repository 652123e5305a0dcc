// Issue 14.10 (content part): a 20,000-deep deck.json ends in a message naming the file and a
// JSON path (never "Maximum call stack size exceeded"), and 45,000 image references do not turn
// into 45,000 problems.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/main/content/decode-json';
import { locateJsonError } from '../../../src/main/content/json-syntax';
import { MAX_JSON_DEPTH } from '../../../src/main/content/limits';
import { loadPack } from '../../../src/main/content/load-pack';
import { scanImageRefs } from '../../../src/main/content/media-check';
import { capProblems, formatProblem, MAX_PROBLEMS, type Problem } from '../../../src/shared/content/problems';
import { deckText, tempDir, writePack } from '../../support/make-pack';
import { minimalDeck } from '../../fixtures/minimal-deck';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));
async function packWith(text: string): Promise<string> {
  const dir = await tempDir('deep-');
  temps.push(dir);
  await writePack(dir, text);
  return dir;
}
const lines = (r: Awaited<ReturnType<typeof loadPack>>) => (r.ok ? [] : r.problems.map(formatProblem));

/** Recursion that mirrors the old media scan: what overflows the stack on these inputs. */
function recursiveScan(raw: unknown): number {
  if (Array.isArray(raw)) return raw.reduce((n: number, item) => n + recursiveScan(item), 0);
  if (typeof raw !== 'object' || raw === null) return 0;
  return Object.values(raw).reduce((n: number, v) => n + recursiveScan(v), 0);
}

describe('a 20,000-deep deck.json', () => {
  const DEPTH = 20_000;
  const valid = deckText(minimalDeck());

  it('nested arrays: one problem naming deck.json and the JSON path where the limit is crossed', async () => {
    const text = valid.replace('{\n', `{\n  "extra": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)},\n`);
    const out = lines(await loadPack(await packWith(text)));
    expect(out).toEqual([
      `deck.json:extra${'[0]'.repeat(MAX_JSON_DEPTH - 1)}: nested more than ${MAX_JSON_DEPTH} levels deep here; a deck is never this deep (a damaged or generated file?)`,
    ]);
  });

  it('nested objects inside a slide: the path goes through the slide', async () => {
    const deck = JSON.parse(valid) as { slides: Record<string, unknown>[] };
    const text = JSON.stringify(deck).replace(
      '"slides":[{',
      `"slides":[{"deep":${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)},`,
    );
    const [line] = lines(await loadPack(await packWith(text)));
    expect(line).toMatch(
      new RegExp(`^deck\\.json:slides\\[0\\]\\.deep(\\.a){${MAX_JSON_DEPTH - 3}}: nested more than`),
    );
  });

  it('unclosed (invalid JSON): the syntax message names line and column, no stack overflow', async () => {
    const out = lines(await loadPack(await packWith(`{"extra": ${'['.repeat(DEPTH)}`)));
    expect(out).toEqual([
      `deck.json: invalid JSON at line 1, column ${11 + MAX_JSON_DEPTH - 1}: nested more than ${MAX_JSON_DEPTH} levels deep`,
    ]);
    expect(out.join()).not.toMatch(/call stack/i);
    expect(locateJsonError('['.repeat(DEPTH))).toMatchObject({
      message: `nested more than ${MAX_JSON_DEPTH} levels deep`,
    });
  });

  it('JSON.parse itself copes (V8 parses iteratively), so the limit must live in our own walks', () => {
    expect(parseJson(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`).ok).toBe(true);
  });

  it('the media scan is iterative: 200,000 levels end with a path; control: the recursive walk overflows', () => {
    const raw = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(scanImageRefs(raw).tooDeepAt).toBe(`[0]`.repeat(MAX_JSON_DEPTH));
    expect(scanImageRefs(raw, Number.POSITIVE_INFINITY)).toEqual({ refs: [], tooDeepAt: null });
    expect(() => recursiveScan(raw)).toThrow(RangeError);
  });
});

describe('45,000 image references', () => {
  it(`produce ${MAX_PROBLEMS} problems and one "and N more" line`, async () => {
    const dir = await tempDir('many-');
    temps.push(dir);
    const deck = JSON.parse(deckText(minimalDeck())) as Record<string, unknown>;
    deck.extraVisuals = Array.from({ length: 45_000 }, () => ({ kind: 'image', src: 'media/gone.png' }));
    const text = JSON.stringify(deck);
    await writePack(dir, text);
    const result = await loadPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems[0]).toMatchObject({
      path: 'extraVisuals[0].src',
      message: 'media file "media/gone.png" not found',
    });
    expect(result.problems[MAX_PROBLEMS]).toEqual({
      file: 'deck.json',
      path: '',
      message: 'and 44950 more problems',
      severity: 'error',
    });
  });
});

describe('capProblems', () => {
  const p = (i: number, severity: Problem['severity'] = 'error'): Problem => ({
    file: 'deck.json',
    path: `x[${i}]`,
    message: 'm',
    severity,
  });
  it('keeps a list at or under the cap as it is', () => {
    const list = Array.from({ length: MAX_PROBLEMS }, (_, i) => p(i));
    expect(capProblems(list)).toEqual(list);
  });
  it('keeps the first 50 and sums up the rest in one line', () => {
    const out = capProblems(Array.from({ length: 51 }, (_, i) => p(i)));
    expect(out).toHaveLength(51);
    expect(out[50]).toEqual({ file: 'deck.json', path: '', message: 'and 1 more problem', severity: 'error' });
  });
  it('the summary is an error when any left-out problem is one, a warning otherwise', () => {
    const warnings = Array.from({ length: 60 }, (_, i) => p(i, 'warning'));
    expect(capProblems(warnings)[50]).toMatchObject({ message: 'and 10 more warnings', severity: 'warning' });
    const mixed = [...warnings, p(60)];
    expect(capProblems(mixed)[50]).toMatchObject({
      message: 'and 11 more problems (1 of them errors)',
      severity: 'error',
    });
  });
});
