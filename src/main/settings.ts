/**
 * Settings in three layers: the defaults that ship (resources/settings.default.json) ← the
 * exhibitor's file in user data (settings.json) ← command-line flags.
 *
 * A user file with any problem is ignored as a whole — half-applying a file someone is still
 * editing is harder to reason about than "your file was not used, here is why". Nothing in the app
 * writes it: the operator PIN, once kept here, lives in its own file (src/main/pin-store.ts), so a
 * problem in settings.json can no longer drop it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { formatPath, type Problem } from '../shared/content/problems';
import { Settings } from '../shared/settings';
import { closestName, parseFlags } from './cli-flags';

export type SettingSource = 'default' | 'user' | 'flag';

export interface SettingsSources {
  /** 'built-in' when the defaults file is missing or invalid and the schema defaults are used. */
  defaults: 'file' | 'built-in';
  user: 'loaded' | 'missing' | 'ignored';
  /** Where each setting's value came from, for the operator overlay. */
  byKey: Record<keyof Settings, SettingSource>;
}

export interface LoadedSettings {
  settings: Settings;
  problems: Problem[];
  sources: SettingsSources;
  /** `--set-pin` was given: the caller asks for a new operator PIN. */
  setPin: boolean;
}

type JsonObject = Record<string, unknown>;
type ReadResult = { status: 'missing' } | { status: 'ok'; value: JsonObject } | { status: 'bad'; problems: Problem[] };

const error = (file: string, path: string, message: string): Problem => ({ file, path, message, severity: 'error' });

/**
 * Offset of the first syntax error in `text` (V8's messages do not always carry a position).
 * A minimal JSON grammar walk; only called once JSON.parse has already failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void i++;
      if (c === '\\') {
        const esc = text[i + 1];
        if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else fail();
      } else i++;
    }
  };
  const sequence = (close: string, item: () => void) => {
    i++; // opening bracket
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{')
      return sequence('}', () => {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    literal.lastIndex = i;
    if (!literal.test(text)) fail();
    i = literal.lastIndex;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (at) {
    return typeof at === 'number' ? at : 0; // 0: nesting deep enough to overflow the stack
  }
}

/** `line 3, column 9` for an offset into `text`. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - (before.lastIndexOf('\n') + 1) + 1}`;
}

/** Zod issues as Problems, with unknown keys reported one by one (with a "did you mean"). */
export function settingsProblems(file: string, error: z.ZodError): Problem[] {
  const known = Object.keys(Settings.shape);
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const near = issue.path.length === 0 ? closestName(key, known) : null;
        const hint = near ? `; did you mean "${near}"?` : '';
        return { file, path: formatPath([...issue.path, key]), message: `unknown setting${hint}`, severity: 'error' };
      });
    }
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return [{ file, path: formatPath(issue.path), message: missing ? 'required' : issue.message, severity: 'error' }];
  });
}

/** Reads a JSON object from disk. Missing is not a problem; anything else wrong is. */
async function readJsonObject(path: string, label: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing' };
    return { status: 'bad', problems: [error(label, '', `cannot read the file (${code ?? String(e)})`)] };
  }
  // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text);
    // V8 appends a position or a snippet of the file; keep the reason, on one line.
    const reason = (e as Error).message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/[\r\n\t]/g, (c) => JSON.stringify(c).slice(1, -1));
    return {
      status: 'bad',
      problems: [error(label, '', `not valid JSON at ${lineColumn(text, offset < 0 ? 0 : offset)}: ${reason}`)],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { status: 'bad', problems: [error(label, '', 'expected an object of settings: { "idleSeconds": 60, … }')] };
  return { status: 'ok', value: value as JsonObject };
}

/** Reads and validates one settings layer; `undefined` when it is missing or has problems. */
async function readLayer(path: string, problems: Problem[]): Promise<JsonObject | 'missing' | 'bad'> {
  const label = basename(path);
  const read = await readJsonObject(path, label);
  if (read.status === 'missing') return 'missing';
  if (read.status === 'bad') {
    problems.push(...read.problems);
    return 'bad';
  }
  const parsed = Settings.safeParse(read.value);
  if (!parsed.success) {
    problems.push(...settingsProblems(label, parsed.error));
    return 'bad';
  }
  return read.value;
}

/**
 * Loads the settings: defaults file ← user file ← flags (`argv` as for {@link parseFlags}).
 * Never throws and never writes. Problems are for the log and the operator overlay; whatever
 * is wrong, the result is a complete, valid Settings.
 */
export async function loadSettings(options: {
  defaultsFile: string;
  userFile: string;
  argv: readonly string[];
}): Promise<LoadedSettings> {
  const problems: Problem[] = [];
  const defaultsLayer = await readLayer(options.defaultsFile, problems);
  const defaults = typeof defaultsLayer === 'object' ? Settings.parse(defaultsLayer) : Settings.parse({});
  const userLayer = await readLayer(options.userFile, problems);
  const user = typeof userLayer === 'object' ? userLayer : {};
  if (userLayer === 'bad') {
    problems.push({
      file: basename(options.userFile),
      path: '',
      message: 'this file was ignored: the defaults are in use until it is fixed',
      severity: 'warning',
    });
  }
  if (user.operatorPin !== undefined) {
    // Not migrated: the old hash may be of a 4-digit PIN (undetectable) and sat in a 0644 file.
    problems.push({
      file: basename(options.userFile),
      path: 'operatorPin',
      message: 'no longer used: the PIN now lives in operator-pin.json; set it with --set-pin (6 to 12 digits)',
      severity: 'warning',
    });
  }
  const { flags: allFlags, problems: flagProblems } = parseFlags(options.argv);
  problems.push(...flagProblems);
  const { setPin, ...flags } = allFlags;

  // Every layer is valid on its own and settings have no cross-key rules, so the merge is valid.
  const settings = Settings.parse({ ...defaults, ...user, ...flags });
  const byKey = Object.fromEntries(
    Object.keys(Settings.shape).map((key) => [key, key in flags ? 'flag' : key in user ? 'user' : 'default']),
  ) as Record<keyof Settings, SettingSource>;
  return {
    settings,
    problems,
    setPin: setPin === true,
    sources: {
      defaults: typeof defaultsLayer === 'object' ? 'file' : 'built-in',
      user: userLayer === 'missing' ? 'missing' : userLayer === 'bad' ? 'ignored' : 'loaded',
      byKey,
    },
  };
}
