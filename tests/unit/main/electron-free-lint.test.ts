/**
 * Main's Electron-free layer: only src/main/index.ts imports Electron values; every other module
 * takes Electron's objects as deps typed with `import type`, so unit tests load it under plain Node
 * (vitest has no electron alias). The lint rule is checked on snippets (with controls), its file
 * list is checked to cover every module of src/main, and every file of src/main is scanned, src/main/ipc.ts included (its raw-IPC lint permission would let a
 * value import through).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const MAIN = join(REPO, 'src', 'main');
const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: REPO });

beforeAll(() => eslint.lintText('export {};\n', { filePath: join(MAIN, 'warm-up.ts') }), 60_000);

async function rulesFiring(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO, file) });
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

const VALUE_IMPORT = `import { BrowserWindow } from 'electron';\nexport const make = () => new BrowserWindow();\n`;
const TYPE_IMPORT = `import type { BrowserWindow } from 'electron';\nexport const id = (w: BrowserWindow) => w.id;\n`;

/** Every .ts file under src/main, relative to it. */
const mainFiles = () =>
  readdirSync(MAIN, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

/** A value import of electron: `import { x } from 'electron'` but not `import type { … }`. */
const ELECTRON_VALUE = /^import\s+(?!type\s)[^;]*from\s+'electron';/m;

describe("main's Electron-free layer", () => {
  it('a value import of electron fires in main modules, nested ones too', async () => {
    for (const file of ['src/main/app.ts', 'src/main/windows.ts', 'src/main/core/handlers.ts', 'src/main/core/new.ts'])
      expect(await rulesFiring(file, VALUE_IMPORT), file).toContain(RULE);
  });

  it('control: a type-only import passes, and the entry point may import values', async () => {
    expect(await rulesFiring('src/main/windows.ts', TYPE_IMPORT)).toEqual([]);
    expect(await rulesFiring('src/main/index.ts', VALUE_IMPORT)).toEqual([]);
  });

  it('every module of src/main but index.ts and ipc.ts is under the rule (the list in eslint.config.js is complete)', async () => {
    const uncovered: string[] = [];
    for (const file of mainFiles().filter((f) => f !== 'index.ts' && f !== 'ipc.ts')) {
      const config = (await eslint.calculateConfigForFile(join(MAIN, file))) as { rules?: Record<string, unknown> };
      if (!JSON.stringify(config.rules?.[RULE] ?? null).includes('"electron"')) uncovered.push(file);
    }
    expect(uncovered).toEqual([]);
    // Control: the entry point, which may import Electron, is seen as not covered.
    const entry = (await eslint.calculateConfigForFile(join(MAIN, 'index.ts'))) as { rules?: Record<string, unknown> };
    expect(JSON.stringify(entry.rules?.[RULE] ?? null)).not.toContain('"electron"');
  });

  it('no file of src/main but index.ts imports an Electron value (ipc.ts included)', () => {
    const files = mainFiles();
    const offenders = files.filter((f) => ELECTRON_VALUE.test(readFileSync(join(MAIN, f), 'utf8')));
    expect(offenders.map((f) => relative(MAIN, join(MAIN, f)))).toEqual(['index.ts']);
  });

  it('control: the scan sees a value import and lets a type import pass', () => {
    expect(ELECTRON_VALUE.test(VALUE_IMPORT)).toBe(true);
    expect(ELECTRON_VALUE.test(`import {\n  app,\n  ipcMain,\n} from 'electron';\n`)).toBe(true);
    expect(ELECTRON_VALUE.test(TYPE_IMPORT)).toBe(false);
  });
});
