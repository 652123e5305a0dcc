/**
 * Importing a content pack (from a USB stick or a chosen folder) into `<userData>/content`, and
 * rolling back to the pack it replaced. What plays is never touched until the new pack is known
 * good in its final place's folder:
 *
 * 1. the chosen pack is validated completely where it is (deck.json, schema, every image);
 * 2. it is copied into a staging folder next to `content` (same file system, so step 4 is a rename);
 * 3. the staging copy is validated again — a stick pulled out mid-copy leaves files missing;
 * 4. `content` becomes `content.previous` and the staging folder becomes `content`, each one
 *    `rename` (atomic within a file system); a failed swap is undone.
 *
 * Any failure (a broken pack, a vanished file, a full disk) removes the staging folder and leaves
 * `content` and `content.previous` as they were, with a message that says what and where. The file
 * system is injected, so tests simulate ENOSPC and a pack vanishing mid-copy.
 */
import { cp, lstat, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem, type Problem } from '../shared/content/problems';
import type { OperatorMessageId } from '../shared/messages/operator-messages';
import { loadPack, type LoadedPack } from './content/load-pack';
import type { LoadResult } from '../shared/content/problems';

/** The file-system calls an import makes (Node's `fs/promises` by default). */
export interface ImportFs {
  /** Copies a folder tree; `filter` decides per source path. */
  cp(from: string, to: string, options: { recursive: true; filter: (src: string) => Promise<boolean> }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** Whether `path` exists. */
  exists(path: string): Promise<boolean>;
  /** Whether `path` is a symbolic link (never copied: it could point anywhere on the stick or machine). */
  isLink(path: string): Promise<boolean>;
}

export const nodeImportFs: ImportFs = {
  cp: (from, to, options) => cp(from, to, { ...options, errorOnExist: true, force: false }),
  rename,
  rm,
  mkdir,
  exists: (path) =>
    stat(path).then(
      () => true,
      () => false,
    ),
  isLink: (path) =>
    lstat(path).then(
      (s) => s.isSymbolicLink(),
      () => false,
    ),
};

/** Where the packs live in user data. */
export function contentPaths(userData: string) {
  return {
    current: join(userData, 'content'),
    previous: join(userData, 'content.previous'),
    staging: (at: number) => join(userData, `content.staging-${at}`),
    aside: (at: number) => join(userData, `content.aside-${at}`),
  };
}

/** An outcome as an operator catalogue message (the panel shows it in the operator's language). */
export interface ImportSay {
  id: OperatorMessageId;
  values?: Record<string, string | number>;
}

/** `message` is plain English for the log; `say` is the same outcome for the panel. */
export type ImportResult =
  | { ok: true; message: string; say: ImportSay; deckId: string }
  | { ok: false; message: string; say: ImportSay; problems: Problem[] };

export interface ImportDeps {
  userData: string;
  /** For unique staging names (main's clock). */
  now: () => number;
  fs?: ImportFs;
  /** Validates a pack folder (load-pack.ts by default). */
  validate?: (dir: string) => Promise<LoadResult<LoadedPack>>;
}

const errnoOf = (e: unknown): string => (e as NodeJS.ErrnoException | null)?.code ?? 'unknown error';

/** A copy failure in plain words (what happened and where), and the same for the panel. */
function copyFailure(error: unknown, source: string, target: string): { message: string; say: ImportSay } {
  const code = errnoOf(error);
  if (code === 'ENOSPC')
    return {
      message: `the disk holding ${target} is full (ENOSPC)`,
      say: { id: 'importDiskFull', values: { target } },
    };
  if (code === 'ENOENT')
    return {
      message: `files disappeared from ${source} while copying — was the drive removed? (ENOENT)`,
      say: { id: 'importFilesVanished', values: { source } },
    };
  if (code === 'EACCES' || code === 'EPERM')
    return {
      message: `no permission to copy from ${source} to ${target} (${code})`,
      say: { id: 'importNoPermission', values: { source, target, code } },
    };
  if (code === 'EIO')
    return {
      message: `the drive could not be read (${code}); it may be damaged or was removed`,
      say: { id: 'importDriveUnreadable', values: { code } },
    };
  return {
    message: `copying from ${source} to ${target} failed (${code})`,
    say: { id: 'importCopyFailed', values: { source, target, code } },
  };
}

/** Every refusal's catalogue message ends by saying nothing changed and the current content plays on. */
const refused = (message: string, say: ImportSay, problems: Problem[] = []): ImportResult => ({
  ok: false,
  message: `${message}; nothing was changed, the current content keeps playing`,
  say,
  problems,
});

const firstProblem = (problems: Problem[]) => (problems[0] ? formatProblem(problems[0]) : 'unknown');
const summary = (problems: Problem[]) => `${problems.length} problem(s), first: ${firstProblem(problems)}`;
/** The panel's values for a problem list: how many (a plural) and the first, as the log writes it. */
const problemValues = (problems: Problem[]) => ({ count: problems.length, first: firstProblem(problems) });

/**
 * Validates the pack in `source`, copies it into `<userData>/content` through a staging folder and
 * an atomic rename, and keeps the pack it replaces in `content.previous` for {@link rollBack}.
 */
export async function importPack(source: string, deps: ImportDeps): Promise<ImportResult> {
  const fs = deps.fs ?? nodeImportFs;
  const validate = deps.validate ?? loadPack;
  const paths = contentPaths(deps.userData);
  const checked = await validate(source);
  if (!checked.ok)
    return refused(
      `${source} is not a valid pack: ${summary(checked.problems)}`,
      { id: 'importInvalid', values: { source, ...problemValues(checked.problems) } },
      checked.problems,
    );

  const at = deps.now();
  const staging = paths.staging(at);
  const cleanUp = () => fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  try {
    await fs.mkdir(deps.userData, { recursive: true });
    await fs.cp(source, staging, { recursive: true, filter: async (src) => !(await fs.isLink(src)) });
  } catch (error) {
    await cleanUp();
    const failure = copyFailure(error, source, deps.userData);
    return refused(failure.message, failure.say);
  }
  const copied = await validate(staging);
  if (!copied.ok) {
    await cleanUp();
    return refused(
      `the copy of ${source} is incomplete or broken (was the drive removed?): ${summary(copied.problems)}`,
      { id: 'importCopyBroken', values: { source, ...problemValues(copied.problems) } },
      copied.problems,
    );
  }

  const swapped = await swapIn(staging, paths, at, fs);
  if (!swapped.ok) {
    await cleanUp();
    return refused(swapped.message, {
      id: 'importSwapFailed',
      values: { target: paths.current, code: swapped.code },
    });
  }
  const deckId = copied.value.deck.id;
  return {
    ok: true,
    deckId,
    message: `imported "${deckId}" from ${source} into ${paths.current}${
      swapped.keptPrevious ? '; the pack it replaced is kept for Roll back' : ''
    }`,
    // `playing`: the pack now in place, which the caller plays (it says again what plays after its reload).
    say: {
      id: 'importDone',
      values: {
        deck: deckId,
        source,
        target: paths.current,
        kept: swapped.keptPrevious ? 'yes' : 'no',
        playing: deckId,
      },
    },
  };
}

/**
 * Makes `incoming` the current pack and the current one the previous, with renames only. The old
 * previous pack is set aside first and deleted only once the swap is done; any failed rename is
 * undone in reverse order, so `content` is either the old pack or the new one, never missing.
 */
async function swapIn(
  incoming: string,
  paths: ReturnType<typeof contentPaths>,
  at: number,
  fs: ImportFs,
): Promise<{ ok: true; keptPrevious: boolean } | { ok: false; message: string; code: string }> {
  const undo: (() => Promise<void>)[] = [];
  const move = async (from: string, to: string) => {
    await fs.rename(from, to);
    undo.unshift(() => fs.rename(to, from));
  };
  const aside = paths.aside(at);
  const hadCurrent = await fs.exists(paths.current);
  try {
    if (await fs.exists(paths.previous)) await move(paths.previous, aside);
    if (hadCurrent) await move(paths.current, paths.previous);
    await move(incoming, paths.current);
  } catch (error) {
    for (const step of undo) await step().catch(() => undefined);
    const code = errnoOf(error);
    return { ok: false, message: `replacing ${paths.current} failed (${code})`, code };
  }
  await fs.rm(aside, { recursive: true, force: true }).catch(() => undefined);
  return { ok: true, keptPrevious: hadCurrent };
}

/** Whether there is a previous pack to roll back to. */
export function hasPrevious(userData: string, fs: ImportFs = nodeImportFs): Promise<boolean> {
  return fs.exists(contentPaths(userData).previous);
}

/**
 * Swaps `content` and `content.previous` (so a second Roll back undoes the first), after checking
 * the previous pack is still valid. Nothing changes when it is missing or broken.
 */
export async function rollBack(deps: ImportDeps): Promise<ImportResult> {
  const fs = deps.fs ?? nodeImportFs;
  const validate = deps.validate ?? loadPack;
  const paths = contentPaths(deps.userData);
  if (!(await fs.exists(paths.previous)))
    return refused('there is no previous pack to roll back to', { id: 'rollbackNone' });
  const checked = await validate(paths.previous);
  if (!checked.ok)
    return refused(
      `the previous pack in ${paths.previous} is broken: ${summary(checked.problems)}`,
      { id: 'rollbackBroken', values: { dir: paths.previous, ...problemValues(checked.problems) } },
      checked.problems,
    );
  const at = deps.now();
  const aside = paths.aside(at);
  try {
    if (await fs.exists(paths.current)) await fs.rename(paths.current, aside);
    try {
      await fs.rename(paths.previous, paths.current);
    } catch (error) {
      await fs.rename(aside, paths.current).catch(() => undefined);
      throw error;
    }
    await fs.rename(aside, paths.previous).catch(() => undefined);
  } catch (error) {
    const code = errnoOf(error);
    return refused(`rolling back failed (${code})`, { id: 'rollbackFailed', values: { code } });
  }
  const deckId = checked.value.deck.id;
  return {
    ok: true,
    deckId,
    message: `rolled back to "${deckId}"; the pack it replaced is now the previous one`,
    say: { id: 'rollbackDone', values: { deck: deckId, playing: deckId } },
  };
}
