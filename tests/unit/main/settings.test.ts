import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/main/content/decode-json';
import { loadSettings } from '../../../src/main/settings';
import { Settings } from '../../../src/shared/settings.schema';

const FIXTURES = join(import.meta.dirname, '../../fixtures/settings');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Copies a fixture in as the user's settings.json and returns its path. */
async function userFile(fixture: string): Promise<string> {
  const path = join(dir, 'settings.json');
  await copyFile(join(FIXTURES, fixture), path);
  return path;
}
const noDefaults = () => join(dir, 'no-such-defaults.json');
const builtIn = Settings.parse({});

describe('loadSettings', () => {
  it('uses the schema defaults when no file exists, silently', async () => {
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: join(dir, 'settings.json'), argv: [] });
    expect(r.settings).toEqual(builtIn);
    expect(r.problems).toEqual([]);
    expect(r.setPin).toBe(false);
  });

  it('reads the shipped resources/settings.default.json as valid', async () => {
    const r = await loadSettings({
      defaultsFile: join(import.meta.dirname, '../../../resources/settings.default.json'),
      userFile: join(dir, 'x.json'),
      argv: [],
    });
    expect(r.problems).toEqual([]);
  });

  it('layers defaults ← user file ← flags', async () => {
    const r = await loadSettings({
      defaultsFile: join(FIXTURES, 'defaults.json'),
      userFile: await userFile('valid.json'),
      argv: ['--idle-seconds', '20', '--set-pin'],
    });
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual({
      ...builtIn,
      mode: 'present', // user
      idleSeconds: 20, // flag
      countdownSeconds: 15, // defaults file
      analytics: false, // defaults file
      openingHours: { days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '17:00', whenClosed: 'closed-slide' },
    });
    expect(r.setPin).toBe(true);
  });

  it('accepts a file saved with a byte-order mark and CRLF (Windows Notepad)', async () => {
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: await userFile('bom.json'), argv: [] });
    expect(r.problems).toEqual([]);
    expect(r.settings.locale).toBe('ru');
  });

  it.each([
    ['trailing-comma.json', /line 3, column 20: trailing comma before "}"/],
    ['unquoted-value.json', /line 3, column 20/],
    ['empty.json', /line 1, column 1/],
  ])('reports invalid JSON in %s with line and column', async (fixture, where) => {
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: await userFile(fixture), argv: [] });
    expect(r.settings).toEqual(builtIn);
    expect(r.problems[0]).toMatchObject({ file: 'settings.json', path: '', severity: 'error' });
    expect(r.problems[0].message).toMatch(/^invalid JSON at /);
    expect(r.problems[0].message).toMatch(where);
    expect(r.problems[0].message).not.toMatch(/[\r\n]|is not valid JSON/);
    expect(r.problems.at(-1)).toMatchObject({ severity: 'warning', message: expect.stringMatching(/ignored/) });
  });

  it('words a JSON error exactly as a deck.json error (one parser for both)', async () => {
    const fixture = 'unquoted-value.json';
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: await userFile(fixture), argv: [] });
    const asDeck = parseJson(await readFile(join(FIXTURES, fixture), 'utf8'));
    expect(asDeck.ok).toBe(false);
    expect(r.problems[0].message).toBe(asDeck.ok ? 'parsed' : asDeck.message);
  });

  it('reports schema violations by JSON path and ignores the whole file', async () => {
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: await userFile('bad-schema.json'), argv: [] });
    expect(r.settings).toEqual(builtIn); // not even the valid "locale": "ru"
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.path).sort()).toEqual(['idelSeconds', 'idleSeconds', 'mode', 'openingHours.open']);
    expect(errors.find((p) => p.path === 'idelSeconds')?.message).toBe('unknown setting; did you mean "idleSeconds"?');
    expect(errors.every((p) => p.file === 'settings.json')).toBe(true);
  });

  it('rejects a file that is not an object', async () => {
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: await userFile('array.json'), argv: [] });
    expect(r.problems[0].message).toMatch(/expected an object/);
    expect(r.settings).toEqual(builtIn);
  });

  it('reports an unreadable file (a folder in its place)', async () => {
    const path = join(dir, 'settings.json');
    await mkdir(path);
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: path, argv: [] });
    expect(r.problems[0].message).toMatch(/cannot read the file \(EISDIR\)/);
  });

  it('an invalid defaults file falls back to the built-in defaults', async () => {
    const r = await loadSettings({
      defaultsFile: join(FIXTURES, 'bad-schema.json'),
      userFile: join(dir, 'x.json'),
      argv: [],
    });
    expect(r.settings).toEqual(builtIn);
    expect(r.problems[0].file).toBe('bad-schema.json');
  });

  it('still applies valid flags when the user file is bad, and reports bad flags', async () => {
    const r = await loadSettings({
      defaultsFile: noDefaults(),
      userFile: await userFile('trailing-comma.json'),
      argv: ['--mode=window', '--idle-seconds=1'],
    });
    expect(r.settings).toEqual({ ...builtIn, mode: 'window' });
    expect(r.problems.map((p) => p.file)).toEqual(['settings.json', 'settings.json', 'command line']);
  });

  it('leaves every fixture byte-identical and writes nothing next to it', async () => {
    for (const fixture of await readdir(FIXTURES)) {
      const path = await userFile(fixture);
      const before = await readFile(path);
      await loadSettings({ defaultsFile: noDefaults(), userFile: path, argv: ['--mode=present'] });
      expect(Buffer.compare(await readFile(path), before), fixture).toBe(0);
      expect(await readdir(dir)).toEqual(['settings.json']);
    }
  });
});

describe('a legacy operatorPin in settings.json', () => {
  it('still loads the file, warns that the key is no longer used, and rewrites nothing', async () => {
    const path = await userFile('legacy-pin.json');
    const before = await readFile(path);
    const r = await loadSettings({ defaultsFile: noDefaults(), userFile: path, argv: [] });
    expect(r.settings.idleSeconds).toBe(90);
    expect(r.problems).toEqual([
      expect.objectContaining({
        path: 'operatorPin',
        severity: 'warning',
        message: expect.stringMatching(/--set-pin/),
      }),
    ]);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('is not in the defaults that ship', async () => {
    const shipped = JSON.parse(
      await readFile(join(import.meta.dirname, '../../../resources/settings.default.json'), 'utf8'),
    );
    expect(shipped).not.toHaveProperty('operatorPin');
  });
});
