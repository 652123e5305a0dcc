// Reads a content pack from disk and reports every problem as a value. Plain Node (no
// `electron`), so the check CLI, the unit tests and the Chromium harness run this very code.
// It only reads: a pack may sit on a read-only stick, and an exhibitor's files are theirs.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkDeck } from '../../shared/content/check-deck.schema';
import type { Deck } from '../../shared/content/deck.schema';
import { capProblems, type LoadResult, type Problem } from '../../shared/content/problems';
import { decodeUtf8, parseJson, type Decoded } from './decode-json';
import { formatLimit, formatSize, MAX_DECK_BYTES, MAX_JSON_DEPTH } from './limits';
import { checkMedia, scanImageRefs } from './media-check';
import { isInside } from './media-file';

export { MAX_DECK_BYTES, MAX_MEDIA_BYTES } from './limits';

/** The file every pack has at its root. */
export const DECK_FILE = 'deck.json';

/** A pack that passed every check: its folder (absolute) and the parsed deck. */
export interface LoadedPack {
  dir: string;
  deck: Deck;
}

const errno = (e: unknown): string => (e as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
const failed = (message: string, filePath = ''): { ok: false; problems: Problem[] } => ({
  ok: false,
  problems: [{ file: DECK_FILE, path: filePath, message, severity: 'error' }],
});

/** The pack folder resolved through symlinks, or why there is no usable folder. */
async function packRoot(dir: string): Promise<Decoded<string>> {
  try {
    const real = await realpath(dir);
    if (!(await stat(real)).isDirectory()) return { ok: false, message: `file not found: "${dir}" is not a folder` };
    return { ok: true, value: real };
  } catch (e) {
    return { ok: false, message: `file not found: the pack folder "${dir}" does not exist (${errno(e)})` };
  }
}

/** deck.json's bytes, refusing what is missing, not a file, outside the pack or over the limit. */
async function readDeckBytes(dir: string, packReal: string): Promise<Decoded<Uint8Array>> {
  const file = path.join(dir, DECK_FILE);
  let real: string;
  try {
    real = await realpath(file);
  } catch (e) {
    if (errno(e) === 'ENOENT')
      return { ok: false, message: 'file not found: a pack is a folder with a deck.json in it' };
    return { ok: false, message: `cannot be read (${errno(e)})` };
  }
  if (!isInside(packReal, real)) return { ok: false, message: 'escapes the pack (symbolic link to outside it)' };
  try {
    const info = await stat(real);
    if (!info.isFile()) return { ok: false, message: 'cannot be read: not a regular file' };
    if (info.size > MAX_DECK_BYTES)
      return {
        ok: false,
        message: `file is ${formatSize(info.size)}, over the ${formatLimit(MAX_DECK_BYTES)} limit for deck.json`,
      };
    const bytes = await readFile(real);
    // Re-check: the file may have grown between stat and read.
    if (bytes.length > MAX_DECK_BYTES)
      return { ok: false, message: `file is over the ${formatLimit(MAX_DECK_BYTES)} limit for deck.json` };
    return { ok: true, value: bytes };
  } catch (e) {
    return { ok: false, message: `cannot be read (${errno(e)})` };
  }
}

async function load(dir: string): Promise<LoadResult<LoadedPack>> {
  const absolute = path.resolve(dir);
  const root = await packRoot(absolute);
  if (!root.ok) return failed(root.message);
  const bytes = await readDeckBytes(absolute, root.value);
  if (!bytes.ok) return failed(bytes.message);
  const text = decodeUtf8(bytes.value);
  if (!text.ok) return failed(text.message);
  const raw = parseJson(text.value);
  if (!raw.ok) return failed(raw.message);

  // One iterative walk finds the images and refuses absurd nesting before zod or anything
  // recursive sees the value.
  const scan = scanImageRefs(raw.value, MAX_JSON_DEPTH);
  if (scan.tooDeepAt !== null)
    return failed(
      `nested more than ${MAX_JSON_DEPTH} levels deep here; a deck is never this deep (a damaged or generated file?)`,
      scan.tooDeepAt,
    );
  const checked = checkDeck(raw.value);
  // Media are checked even when the schema failed, so one run lists everything to fix.
  const media = await checkMedia(absolute, scan.refs, DECK_FILE);
  if (checked.ok && media.length === 0)
    return { ok: true, value: { dir: absolute, deck: checked.value }, warnings: capProblems(checked.warnings) };
  return { ok: false, problems: capProblems([...(checked.ok ? checked.warnings : checked.problems), ...media]) };
}

/**
 * Loads and validates the content pack in `dir`: deck.json (size, encoding, JSON syntax,
 * schema, pack rules) and every image it references. Never throws and never writes;
 * every problem comes back as `{ file, path, message, severity }` with `file` relative to the pack.
 */
export async function loadPack(dir: string): Promise<LoadResult<LoadedPack>> {
  try {
    return await load(dir);
  } catch (e) {
    return failed(`unexpected error while loading the pack: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Which pack is showing and why: the one asked for, the bundled one instead, or none. */
export interface PackChoice {
  status: 'ok' | 'fallback' | 'out-of-service';
  origin: 'bundled' | 'custom';
  pack?: LoadedPack;
  /** Problems of every pack tried (the requested one first), warnings of the one shown. */
  problems: Problem[];
  /** The same problems per pack tried, with its folder: the operator panel names the one that failed. */
  byPack: PackProblems[];
}

/** One pack's share of {@link PackChoice.problems}. */
export interface PackProblems {
  dir: string;
  origin: 'bundled' | 'custom';
  /** Tried and not shown (it failed), or the one shown (its warnings). */
  shown: boolean;
  problems: Problem[];
}

/**
 * Loads `requested` (a custom pack folder) if given; when it fails, keeps its problems for the
 * operator and loads `bundled` instead. When the bundled pack fails too, the result is
 * `out-of-service` with every problem, and the window shows a calm out-of-service screen.
 */
export async function loadPackWithFallback(requested: string | null, bundled: string): Promise<PackChoice> {
  const kept: Problem[] = [];
  const byPack: PackProblems[] = [];
  if (requested !== null) {
    const custom = await loadPack(requested);
    if (custom.ok)
      return {
        status: 'ok',
        origin: 'custom',
        pack: custom.value,
        problems: custom.warnings,
        byPack: [{ dir: requested, origin: 'custom', shown: true, problems: custom.warnings }],
      };
    kept.push(...custom.problems);
    byPack.push({ dir: requested, origin: 'custom', shown: false, problems: custom.problems });
  }
  const fallback = await loadPack(bundled);
  if (!fallback.ok)
    return {
      status: 'out-of-service',
      origin: 'bundled',
      problems: [...kept, ...fallback.problems],
      byPack: [...byPack, { dir: bundled, origin: 'bundled', shown: false, problems: fallback.problems }],
    };
  return {
    status: requested === null ? 'ok' : 'fallback',
    origin: 'bundled',
    pack: fallback.value,
    problems: [...kept, ...fallback.warnings],
    byPack: [...byPack, { dir: bundled, origin: 'bundled', shown: true, problems: fallback.warnings }],
  };
}
