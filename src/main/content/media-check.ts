import { access, constants, lstat, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatPath, type Problem } from '../../shared/content/problems';
import { formatLimit, formatSize, MAX_MEDIA_BYTES } from './limits';

/** An image reference found in deck.json: the JSON path of its `src` and the value. */
export interface MediaRef {
  path: string;
  src: string;
}

/**
 * Every `{ kind: "image", src }` in the parsed deck, wherever it sits. Walks the raw JSON
 * rather than typed slides so media are checked even when the schema check failed, and so a
 * future slide type with a visual is covered without touching this file.
 */
export function findImageRefs(raw: unknown, at: (string | number)[] = []): MediaRef[] {
  if (Array.isArray(raw)) return raw.flatMap((item, i) => findImageRefs(item, [...at, i]));
  if (typeof raw !== 'object' || raw === null) return [];
  const obj = raw as Record<string, unknown>;
  const here: MediaRef[] =
    obj.kind === 'image' && typeof obj.src === 'string' ? [{ path: formatPath([...at, 'src']), src: obj.src }] : [];
  return [...here, ...Object.entries(obj).flatMap(([k, v]) => findImageRefs(v, [...at, k]))];
}

/** True when `target` is `root` itself or lies below it (both already resolved). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!path.isAbsolute(rel) && rel.split(path.sep)[0] !== '..');
}

/**
 * Why `src` may not be used, judged from the string alone (no disk access), or null.
 * URLs, absolute paths, backslashes and `..` are refused before any file is touched.
 */
export function refuseMediaPath(src: string): string | null {
  const quoted = `media file "${src}"`;
  if (src.includes('\0')) return `${quoted} contains a NUL character`;
  if (/^[a-z][a-z0-9+.-]+:/i.test(src))
    return `${quoted} is a URL; write a path inside the pack such as media/photo.jpg`;
  if (src.startsWith('/') || src.startsWith('\\') || /^[a-z]:/i.test(src))
    return `${quoted} escapes the pack (absolute path)`;
  if (src.includes('\\')) return `${quoted} contains a backslash; separate folders with "/"`;
  if (src.split('/').includes('..')) return `${quoted} escapes the pack (".." in the path)`;
  return null;
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
}

/** Checks one reference on disk: inside the pack after symlinks, a regular readable file, not too large. */
async function checkOnDisk(packReal: string, packDir: string, src: string): Promise<string | null> {
  const quoted = `media file "${src}"`;
  const full = path.join(packDir, src);
  let real: string;
  try {
    real = await realpath(full);
  } catch (e) {
    if (code(e) !== 'ENOENT' && code(e) !== 'ENOTDIR') return `${quoted} cannot be read (${code(e)})`;
    // A dangling link that points outside is still an escape, not merely missing.
    const link = await lstat(full).catch(() => null);
    if (link?.isSymbolicLink()) {
      const target = path.resolve(path.dirname(full), await readlink(full));
      if (!isInside(packReal, target) && !isInside(path.resolve(packDir), target))
        return `${quoted} escapes the pack (symbolic link to outside it)`;
    }
    return `${quoted} not found`;
  }
  if (!isInside(packReal, real)) return `${quoted} escapes the pack (symbolic link to outside it)`;
  const info = await stat(real);
  if (!info.isFile()) return `${quoted} is not a regular file`;
  if (info.size > MAX_MEDIA_BYTES)
    return `${quoted} is ${formatSize(info.size)}, over the ${formatLimit(MAX_MEDIA_BYTES)} limit for media files`;
  try {
    await access(real, constants.R_OK);
  } catch (e) {
    return `${quoted} cannot be read (${code(e)})`;
  }
  return null;
}

/** Problems with the media a deck references; each points at the JSON path of the `src`. */
export async function checkMedia(
  packDir: string,
  packReal: string,
  refs: MediaRef[],
  file: string,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const ref of refs) {
    let message: string | null;
    try {
      message = refuseMediaPath(ref.src) ?? (await checkOnDisk(packReal, packDir, ref.src));
    } catch (e) {
      // A file that changes while we look (removed between realpath and stat) is reported, not thrown.
      message = `media file "${ref.src}" cannot be read (${code(e)})`;
    }
    if (message) problems.push({ file, path: ref.path, message, severity: 'error' });
  }
  return problems;
}
