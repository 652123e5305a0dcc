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

export type LoadResult<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; problems: Problem[] };
