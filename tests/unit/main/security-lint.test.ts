/**
 * The lint rules that hold parts of the security checklist and the layering: run ESLint with
 * the repo's own config on small snippets placed (virtually) where the rule applies. Each rule
 * has a positive control, so a rule that silently stops matching turns this red.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: REPO });

// The first lint loads the config and its plugins (seconds on a busy machine); do it once here,
// with room, so no single test's 5 s budget pays for it.
beforeAll(() => eslint.lintText('export {};\n', { filePath: resolve(REPO, 'src/main/warm-up.ts') }), 60_000);

/** Rule ids reported for `code` as if it were the file at `filePath` (relative to the repo). */
async function rulesFiring(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(REPO, filePath) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

const OPEN_EXTERNAL = `import { shell } from 'electron';
export function visit(url: string): void {
  void shell.openExternal(url);
}
`;

describe('shell.openExternal is banned (checklist item 15)', () => {
  it('fires in src/main', async () => {
    expect(await rulesFiring('src/main/x.ts', OPEN_EXTERNAL)).toContain('no-restricted-syntax');
  });

  it('fires in the preload too', async () => {
    expect(await rulesFiring('src/preload/x.ts', OPEN_EXTERNAL)).toContain('no-restricted-syntax');
  });

  it('control: other shell calls are not flagged', async () => {
    const code = `import { shell } from 'electron';\nexport function ping(): void {\n  shell.beep();\n}\n`;
    expect(await rulesFiring('src/main/x.ts', code)).toEqual([]);
  });
});

// The renderer uses the typescript-eslint form of the rule (it can allow type-only imports).
const RENDERER_RULE = '@typescript-eslint/no-restricted-imports';

describe('layers', () => {
  it('the renderer cannot import electron', async () => {
    const code = `import { ipcRenderer } from 'electron';\nexport const send = ipcRenderer.send;\n`;
    expect(await rulesFiring('src/renderer/src/x.ts', code)).toContain(RENDERER_RULE);
  });

  it('the renderer cannot import Node modules', async () => {
    const code = `import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n`;
    expect(await rulesFiring('src/renderer/src/x.ts', code)).toContain(RENDERER_RULE);
  });

  it('the renderer bundles no zod: no value imports of zod or of the schema modules', async () => {
    for (const code of [
      `import { z } from 'zod';\nexport const Id = z.string();\n`,
      `import { LocalizedString } from '../../shared/content/locale.schema';\nexport const l = LocalizedString;\n`,
      `import { Deck } from '../../shared/content/deck.schema';\nexport const d = Deck;\n`,
      `import { DeckCommand } from '../../shared/deck/actions.schema';\nexport const c = DeckCommand;\n`,
      `import { Settings } from '../../shared/settings.schema';\nexport const s = Settings;\n`,
    ])
      expect(await rulesFiring('src/renderer/src/x.ts', code), code).toContain(RENDERER_RULE);
  });

  it('control: the renderer may import schema types and the zod-free helpers', async () => {
    const code = [
      `import type { Deck } from '../../shared/content';`,
      `import type { DeckState } from '../../shared/deck';`,
      `import { pick } from '../../shared/content/localized';`,
      `import { formatProblem } from '../../shared/content/problems';`,
      // The barrels are zod-free: their helpers are fine as values.
      `import { directionOf } from '../../shared/content';`,
      `import { deckReducer } from '../../shared/deck';`,
      `export const use = (d: Deck, s: DeckState) => [d, s, pick, formatProblem, directionOf, deckReducer];`,
      '',
    ].join('\n');
    expect(await rulesFiring('src/renderer/src/x.ts', code)).toEqual([]);
  });

  it('src/shared cannot import node:fs', async () => {
    const code = `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`;
    expect(await rulesFiring('src/shared/x.ts', code)).toContain('no-restricted-imports');
  });

  it('src/shared cannot import electron', async () => {
    const code = `import { app } from 'electron';\nexport const name = app.name;\n`;
    expect(await rulesFiring('src/shared/x.ts', code)).toContain('no-restricted-imports');
  });

  it('control: src/shared may import zod', async () => {
    const code = `import { z } from 'zod';\nexport const Id = z.string();\n`;
    expect(await rulesFiring('src/shared/x.ts', code)).toEqual([]);
  });
});

describe('raw IPC only in src/main/ipc.ts and the preload (checklist item 17)', () => {
  const RAW_IPC = `import { ipcMain } from 'electron';\nexport const raw = ipcMain;\n`;

  it('fires for ipcMain anywhere else in main', async () => {
    expect(await rulesFiring('src/main/other.ts', RAW_IPC)).toContain('no-restricted-imports');
  });

  it('control: src/main/ipc.ts may import ipcMain', async () => {
    expect(await rulesFiring('src/main/ipc.ts', RAW_IPC)).toEqual([]);
  });

  it('control: main may import the rest of electron', async () => {
    const code = `import { app } from 'electron';\nexport const name = app.name;\n`;
    expect(await rulesFiring('src/main/other.ts', code)).toEqual([]);
  });
});

describe('the openExternal rule also catches the computed and destructured forms', () => {
  it('computed access shell["openExternal"] fires', async () => {
    const code = `import { shell } from 'electron';\nexport function visit(url: string): void {\n  void shell['openExternal'](url);\n}\n`;
    expect(await rulesFiring('src/main/x.ts', code)).toContain('no-restricted-syntax');
  });

  it('destructuring const { openExternal } = shell fires', async () => {
    const code = `import { shell } from 'electron';\nconst { openExternal } = shell;\nexport function visit(url: string): void {\n  void openExternal(url);\n}\n`;
    expect(await rulesFiring('src/main/x.ts', code)).toContain('no-restricted-syntax');
  });
});
