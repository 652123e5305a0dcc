/**
 * The renderer bundles no zod: value imports of any src/shared module that carries zod at run
 * time are refused by lint — the `*.schema.ts` files by name, the older ones by the list in
 * eslint.config.js. This test finds every such module itself (a value `import … from 'zod'`) and
 * lints a value import of it as if from the renderer, so a new schema module the rule misses
 * turns this red.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const SHARED = join(REPO, 'src', 'shared');
const RENDERER_FILE = join(REPO, 'src', 'renderer', 'src', 'x.ts');
const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: REPO });

beforeAll(() => eslint.lintText('export {};\n', { filePath: RENDERER_FILE }), 60_000);

/** src/shared modules with a value import of zod (a type-only import carries nothing at run time). */
function zodModules(): string[] {
  const files = readdirSync(SHARED, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files
    .filter((f) => /^import\s+(?!type\b)[^;]*from 'zod';/m.test(readFileSync(join(SHARED, f), 'utf8')))
    .map((f) => join(SHARED, f));
}

/** Rule ids for a value import of `module` from the renderer. */
async function valueImportFromRenderer(module: string): Promise<string[]> {
  const specifier = relative(join(REPO, 'src', 'renderer', 'src'), module).replace(/\.ts$/, '');
  const code = `import * as m from '${specifier}';\nexport const use = m;\n`;
  const [result] = await eslint.lintText(code, { filePath: RENDERER_FILE });
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

describe('zod stays out of the renderer bundle', () => {
  it('finds the schema modules (the scan itself works)', () => {
    expect(zodModules().map((f) => relative(SHARED, f))).toContain('ipc.schema.ts');
  });

  it('a value import of every zod-bearing src/shared module is refused in the renderer', async () => {
    for (const module of zodModules())
      expect(await valueImportFromRenderer(module), relative(REPO, module)).toContain(RULE);
  });

  it('any *.schema module is refused by name, wherever it is', async () => {
    expect(await valueImportFromRenderer(join(SHARED, 'later', 'new-thing.schema.ts'))).toContain(RULE);
  });

  it('control: a type-only import of a schema module, and value imports of zod-free modules, pass', async () => {
    const code = [
      `import type { OperatorAction } from '../../shared/ipc.schema';`,
      `import { createShowcaseApi } from '../../shared/ipc-api';`,
      `import { pick } from '../../shared/content/localized';`,
      `export const use = (a: OperatorAction) => [a, createShowcaseApi, pick];`,
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: RENDERER_FILE });
    expect(result.messages).toEqual([]);
  });
});
