// The CLI as a user runs it (a child process through tsx). Two invocations in all, run in
// parallel: starting tsx is the slow part.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree, minimalDeck, REPO_ROOT, tempDir, VALID_MINIMAL, writePack } from '../../helpers/make-pack';

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

const STACK_FRAME = /at .*\(.*:\d+:\d+\)/;

describe('npm run content:check', () => {
  let root: string;
  let valid: Outcome;
  let broken: Outcome;
  let before: Map<string, string>;

  beforeAll(async () => {
    root = await tempDir('content-check-');
    // The issue's own example: a copy with a slide's required field removed (and its image gone).
    const deck = minimalDeck() as { slides: Record<string, unknown>[] };
    delete deck.slides[1].title;
    await writePack(path.join(root, 'broken'), deck, {});
    before = await hashTree(VALID_MINIMAL);
    [valid, broken] = await Promise.all([check(VALID_MINIMAL), check(path.join(root, 'broken'))]);
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

  it('never prints a stack trace', () => {
    for (const out of [valid, broken]) expect(out.stdout + out.stderr).not.toMatch(STACK_FRAME);
  });

  it('does not write to the pack it checks', async () => {
    expect(Object.fromEntries(await hashTree(VALID_MINIMAL))).toEqual(Object.fromEntries(before));
  });
});
