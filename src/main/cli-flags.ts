/**
 * Command-line flags, the last layer of settings. Electron hands us Chromium's and Node's switches
 * in the same argv (`--no-sandbox`, `--inspect`, `--remote-debugging-port=9222` …), so unknown
 * flags are ignored — except near-misses of ours, which get a "did you mean" warning.
 *
 * The display for the audience window is `--screen N`, not `--display`: Chromium reads
 * `--display` on Linux as the X11 display to connect to (ui/gfx/x/x11_switches.cc: `kX11Display[]
 * = "display"`, "Which X11 display to connect to. Emulates the GTK+ --display= command line
 * argument"; ui/gfx/x/connection.cc passes its value to `XOpenDisplay`), so `--display=1` points
 * Chromium at an X display named "1" and on Linux the app cannot open a window. A `--display` we
 * see is Chromium's: never read as ours, and unless it names an X display (`:0`) it gets a
 * "did you mean --screen" warning.
 *
 * Not `util.parseArgs`: with `strict: false` it lets `--mode --reduced-motion` swallow the next
 * flag as the value, and a kiosk started with a typo should say so instead of guessing.
 */
import { resolve } from 'node:path';
import { formatPath, type Problem } from '../shared/content/problems';
import { Settings } from '../shared/settings.schema';

export type FlagSettings = Partial<
  Pick<Settings, 'mode' | 'contentDir' | 'idleSeconds' | 'locale' | 'display' | 'reducedMotion' | 'watch'>
>;

export interface ParsedFlags {
  flags: FlagSettings & { setPin?: boolean };
  problems: Problem[];
}

const FILE = 'command line';
/** Chromium's X11 display switch (see the header). */
const CHROMIUM_DISPLAY = 'display';
/** An X display name as `XOpenDisplay` takes it: `:0`, `:1.0`, `host:0`. */
const X_DISPLAY = /^[\w.-]*:\d+(\.\d+)?$/;

type Spec =
  | { kind: 'value'; key: keyof FlagSettings; convert: (raw: string) => unknown }
  | { kind: 'switch'; key: 'reducedMotion' | 'setPin' | 'watch' };

const asText = (raw: string) => raw;
// Whole numbers only: Number('') is 0 and Number('1e2') is 100, neither is what anyone typed.
const asInt = (raw: string) => (/^[+-]?\d+$/.test(raw.trim()) ? Number(raw) : raw);

const SPECS: Record<string, Spec> = {
  mode: { kind: 'value', key: 'mode', convert: asText },
  content: { kind: 'value', key: 'contentDir', convert: (raw) => (raw === '' ? raw : resolve(raw)) },
  'idle-seconds': { kind: 'value', key: 'idleSeconds', convert: asInt },
  locale: { kind: 'value', key: 'locale', convert: asText },
  // Stored as the `display` setting (settings.json keeps its name); see the header for why.
  screen: { kind: 'value', key: 'display', convert: asInt },
  'reduced-motion': { kind: 'switch', key: 'reducedMotion' },
  'set-pin': { kind: 'switch', key: 'setPin' },
  // Live preview of the --content pack (window mode only; see content-watch.ts).
  watch: { kind: 'switch', key: 'watch' },
};

/** The flags we understand, for the "did you mean" of an unknown flag. */
const KNOWN_FLAGS: readonly string[] = Object.keys(SPECS).map((name) => `--${name}`);

/** Edit distance, small inputs only. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The candidate closest to `name` (case-insensitive) if it is a plausible typo — within two edits,
 * three for names of ten characters or more — else null. For "did you mean" hints.
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = name.length >= 10 ? 4 : 3;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/**
 * Parses our flags out of Electron's argv (pass `process.argv.slice(1)`; positionals such as the
 * app path are ignored). Values are validated with the `Settings` field schemas; a bad value
 * becomes a Problem and the flag is dropped, so the lower layers stay in force. Both `--flag value`
 * and `--flag=value` work; the last occurrence wins; `--` ends the options.
 */
export function parseFlags(argv: readonly string[]): ParsedFlags {
  const flags: ParsedFlags['flags'] = {};
  const problems: Problem[] = [];
  const problem = (flag: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: FILE, path: flag, message, severity });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const flag = `--${name}`;
    const spec = SPECS[name];

    if (name === CHROMIUM_DISPLAY) {
      // Chromium's X11 switch: its value is glued on with `=`, so a following word is not ours to take.
      if (inline === undefined || !X_DISPLAY.test(inline))
        problem(flag, `is Chromium's X11 display switch, not ours (ignored); did you mean --screen?`, 'warning');
      continue;
    }

    if (!spec) {
      const near = closestName(flag, KNOWN_FLAGS);
      if (near) problem(flag, `unknown flag, ignored; did you mean ${near}?`, 'warning');
      continue;
    }

    if (spec.kind === 'switch') {
      if (inline === undefined || inline === 'true') flags[spec.key] = true;
      else if (inline === 'false') flags[spec.key] = false;
      else problem(flag, `takes no value (got "${inline}")`);
      continue;
    }

    let raw = inline;
    if (raw === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        problem(flag, 'needs a value');
        continue;
      }
      raw = next;
      i++;
    }
    const result = Settings.shape[spec.key].safeParse(spec.convert(raw));
    if (result.success) (flags as Record<string, unknown>)[spec.key] = result.data;
    else {
      const issue = result.error.issues[0];
      const where = issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
      problem(flag, `"${raw}" is not valid${where}: ${issue.message}`);
    }
  }
  return { flags, problems };
}
