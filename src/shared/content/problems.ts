/** One thing wrong with a content pack or settings file: which file, where in it, what. */
export interface Problem {
  file: string;
  /** JSON path such as `slides[2].title.en`; empty for the whole file. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Renders a JSON path the way people write it: `slides[2].title.en`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** `deck.json:slides[2].title.en: required` — the one-line form the CLI, log and overlay share. */
export function formatProblem(p: Problem): string {
  const where = p.path ? `${p.file}:${p.path}` : p.file;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export type LoadResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** How many problems a list keeps before the rest are summed up in one line. */
export const MAX_PROBLEMS = 50;

/**
 * The first `max` problems plus, when more were found, one `and N more problems` line (an error
 * when any left-out problem is one), so 45,000 broken references reach the log, the CLI and
 * every window as 51 lines.
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  const rest = problems.slice(max);
  const file = rest.every((p) => p.file === rest[0].file) ? rest[0].file : problems[0].file;
  const errors = rest.filter((p) => p.severity === 'error').length;
  const plural = rest.length === 1 ? '' : 's';
  const what =
    errors === rest.length
      ? `problem${plural}`
      : errors === 0
        ? `warning${plural}`
        : `problems (${errors} of them errors)`;
  return [
    ...problems.slice(0, max),
    { file, path: '', message: `and ${rest.length} more ${what}`, severity: errors > 0 ? 'error' : 'warning' },
  ];
}
