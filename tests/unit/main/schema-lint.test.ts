/**
 * The renderer bundles no zod: value imports of any src/shared module that carries zod at run
 * time are refused by lint — by one rule, the `*.schema.ts` file name. This test finds every such
 * module itself (a value `import … from 'zod'`, or a value import or re-export of such a module:
 * check-deck needs the Deck schema, a barrel's `export *` would carry it) and lints a value import
 * of it as if from the renderer, so a zod-bearing module the rule misses turns this red.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const SHARED = join(REPO, 'src', 'shared');
const RENDERER_FILE = join(REPO, 'src', 'renderer', 'src', 'x.ts');
const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: REPO });

beforeAll(() => eslint.lintText('export {};\n', { filePath: RENDERER_FILE }), 60_000);

/** Whether an import/export list brings values: anything but a `{ … }` list of `type` names does. */
function carriesValues(names: string): boolean {
  const list = /^\{([^}]*)\}$/.exec(names.trim());
  if (!list) return true; // a default, `* as m`, or `export *`
  const entries = list[1].split(',').map((n) => n.trim()).filter(Boolean);
  return entries.some((n) => !n.startsWith('type '));
}

/** What a module value-imports or re-exports (`import type`, `export type` carry nothing at run time). */
function valueSpecifiers(code: string): string[] {
  const statements = code.matchAll(/^(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)';/gm);
  return [...statements].filter(([, names]) => carriesValues(names)).map(([, , specifier]) => specifier);
}

/** src/shared modules that carry zod at run time: a value import of zod, directly or through another. */
function zodModules(): string[] {
  const files = readdirSync(SHARED, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(SHARED, f));
  const imports = new Map(files.map((f) => [f, valueSpecifiers(readFileSync(f, 'utf8'))]));
  const local = (from: string, specifier: string): string | undefined => {
    const base = resolve(dirname(from), specifier);
    return [`${base}.ts`, join(base, 'index.ts')].find((f) => imports.has(f));
  };
  const carriers = new Set(files.filter((f) => imports.get(f)!.includes('zod')));
  // Grow the set until no module value-imports a carrier it does not already hold.
  let size = 0;
  while (size !== carriers.size) {
    size = carriers.size;
    for (const f of files)
      if (imports.get(f)!.some((s) => s.startsWith('.') && carriers.has(local(f, s) ?? ''))) carriers.add(f);
  }
  return [...carriers];
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

  it('the scan follows value imports (check-deck needs the Deck schema) and not type-only ones', () => {
    const found = zodModules().map((f) => relative(SHARED, f));
    expect(found).toContain(join('content', 'check-deck.schema.ts'));
    expect(found).not.toContain(join('content', 'index.ts'));
    expect(found).not.toContain(join('deck', 'reducer.ts'));
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
