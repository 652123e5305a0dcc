/**
 * What the operator-status tests (tests/unit/main/operator-status*.test.ts) share: real temp
 * folders removed after each test, a pack folder holding a given deck.json, a content problem,
 * and the parts of main's content state that problemGroups reads.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Problem } from '../../src/shared/content/problems';
import type { ContentState } from '../../src/main/content-service';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

export async function tmp(prefix = 'operator-status-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A pack folder whose deck.json is `deckJson` (a string is written as is). */
export async function pack(deckJson: unknown, name = 'pack'): Promise<string> {
  const dir = join(await tmp(), name);
  await mkdir(dir);
  await writeFile(join(dir, 'deck.json'), typeof deckJson === 'string' ? deckJson : JSON.stringify(deckJson));
  return dir;
}

export const problem = (
  file: string,
  path: string,
  severity: Problem['severity'] = 'error',
  message = 'required',
): Problem => ({
  file,
  path,
  message,
  severity,
});

type Content = Pick<ContentState, 'byPack' | 'packDir' | 'snapshot'>;
/** Just the parts of the content state that problemGroups reads. */
export function content(
  parts: Partial<Pick<ContentState, 'byPack' | 'packDir'>> & { origin?: 'custom' | 'bundled'; problems?: Problem[] },
): Content {
  return {
    byPack: parts.byPack,
    packDir: parts.packDir ?? null,
    snapshot: {
      contentOrigin: parts.origin ?? 'bundled',
      problems: parts.problems ?? [],
    } as unknown as Content['snapshot'],
  };
}
