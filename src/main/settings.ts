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
import { issueMessage } from '../shared/content/issue-message';
import { formatPath, type Problem } from '../shared/content/problems';
import { MAX_PIN_DIGITS, MIN_PIN_DIGITS } from '../shared/pin-rule';
import { Settings } from '../shared/settings.schema';
import { closestName, parseFlags } from './cli-flags';
import { parseJson } from './content/decode-json';

export interface LoadedSettings {
  settings: Settings;
  problems: Problem[];
  /** `--set-pin` was given: the caller asks for a new operator PIN. */
  setPin: boolean;
}

type JsonObject = Record<string, unknown>;
type ReadResult = { status: 'missing' } | { status: 'ok'; value: JsonObject } | { status: 'bad'; problems: Problem[] };

const error = (file: string, path: string, message: string): Problem => ({ file, path, message, severity: 'error' });

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
    return [{ file, path: formatPath(issue.path), message: issueMessage(issue), severity: 'error' }];
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
  // The one JSON reader of the app (deck.json too): the message names line and column.
  const parsed = parseJson(text);
  if (!parsed.ok) return { status: 'bad', problems: [error(label, '', parsed.message)] };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { status: 'bad', problems: [error(label, '', 'expected an object of settings: { "idleSeconds": 60, … }')] };
  return { status: 'ok', value: value as JsonObject };
}

/** Reads and validates one settings layer: its object, or 'missing', or 'bad' (problems pushed). */
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
      message: `no longer used: the PIN now lives in operator-pin.json; set it with --set-pin (${MIN_PIN_DIGITS} to ${MAX_PIN_DIGITS} digits)`,
      severity: 'warning',
    });
  }
  const { flags: allFlags, problems: flagProblems } = parseFlags(options.argv);
  problems.push(...flagProblems);
  const { setPin, ...flags } = allFlags;

  // Every layer is valid on its own and settings have no cross-key rules, so the merge is valid.
  const settings = Settings.parse({ ...defaults, ...user, ...flags });
  return {
    settings,
    problems,
    setPin: setPin === true,
  };
}
