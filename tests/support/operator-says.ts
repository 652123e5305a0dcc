/**
 * Shared by the operator-result-says tests: temp folders cleaned after each test, a user data
 * folder playing one pack with a stick holding another, and `check`, which asserts that an
 * outcome's `say` renders in every operator locale and records its id in `seen`.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { contentPaths, nodeImportFs, type ImportFs } from '../../src/main/content-import';
import { compileMessage } from '../../src/shared/messages';
import { OPERATOR_CATALOGUES } from '../../src/shared/messages/operator-catalogues';
import { OPERATOR_LOCALES } from '../../src/shared/messages/operator-messages';
import type { OperatorSay } from '../../src/shared/ipc';
import { minimalDeck, tempDir, writePack } from './make-pack';

/** What the running test made; each test file empties it in its afterEach (`cleanUp`). */
const cleanup: (() => Promise<void> | void)[] = [];
/** Runs `fn` when the test ends (a runtime to dispose). */
export function afterTest(fn: () => Promise<void> | void): void {
  cleanup.push(fn);
}
export async function cleanUp(): Promise<void> {
  for (const fn of cleanup.splice(0).reverse()) await fn();
}
export async function tmp(prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** User data playing pack "playing-now", and a stick with pack "from-the-stick". */
export async function setup() {
  const userData = await tmp('says-user-');
  const stick = await tmp('says-stick-');
  await writePack(contentPaths(userData).current, { ...minimalDeck(), id: 'playing-now' });
  await writePack(join(stick, 'pack'), { ...minimalDeck(), id: 'from-the-stick' });
  let at = 1000;
  return { userData, source: join(stick, 'pack'), deps: { userData, now: () => at++ } };
}

/**
 * The import's file system with its `at`-th rename failing with `code` (the swap's third rename,
 * staging → content, in the tests): shared by content-import and operator-result-says tests.
 */
export function renameFailsAt(at: number, code: string): ImportFs {
  let renames = 0;
  return {
    ...nodeImportFs,
    rename: async (from, to) => {
      if (++renames === at) throw Object.assign(new Error('busy'), { code });
      return nodeImportFs.rename(from, to);
    },
  };
}

export const failing = (code: string): ImportFs => ({
  ...nodeImportFs,
  cp: () => Promise.reject(Object.assign(new Error(`simulated ${code}`), { code })),
});

/**
 * The say renders in every locale: the id is in each catalogue, the values fill every argument
 * (intl-messageformat throws on a missing one), no ICU syntax is left, and each path, id or count
 * given shows in the text (Arabic digits are pinned to Latin ones; a count a language says in
 * words, like Arabic's one and two, is not looked for as digits).
 */
export function expectRendersEverywhere(say: OperatorSay | undefined, label: string) {
  expect(say, `${label}: a say`).toBeDefined();
  const { id, values = {} } = say!;
  for (const locale of OPERATOR_LOCALES) {
    const catalogue: Record<string, string> = OPERATOR_CATALOGUES[locale];
    expect(Object.hasOwn(catalogue, id), `${label}: ${id} in ${locale}`).toBe(true);
    const text = String(compileMessage(catalogue[id], locale).format(values));
    expect(text, `${label} in ${locale}`).not.toMatch(/[{}]/);
    for (const [name, value] of Object.entries(values)) {
      if (name === 'kept') continue; // a select key, said in words
      // Arabic says one, two (and zero) in words: "مشكلة واحدة" is "one problem".
      if (typeof value === 'number' && ['zero', 'one', 'two'].includes(new Intl.PluralRules(locale).select(value)))
        continue;
      expect(text, `${label} in ${locale} shows ${name}`).toContain(String(value));
    }
  }
}

/** Every outcome produced below, by the id it carries. */
export const seen = new Map<string, OperatorSay>();
export function check(result: { message: string; say?: OperatorSay }, id: string, label = id) {
  expect(result.say?.id, label).toBe(id);
  expect(result.message, `${label}: English for the log`).toMatch(/\w/);
  expectRendersEverywhere(result.say, label);
  seen.set(id, result.say!);
}
