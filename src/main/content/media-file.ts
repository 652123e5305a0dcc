// The disk half of the media policy (src/shared/media-policy.ts): opens one pack media file the
// way both the loader and the `/pack/` server accept it. The checks run on the open handle, so
// the file that was judged is the file that is read (no swap between check and use).
import { constants } from 'node:fs';
import { lstat, open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  MAX_CAPTION_BYTES,
  MAX_VIDEO_BYTES,
  MEDIA_DIR,
  mediaTypeOf,
  refuseMediaPath,
  roleOfType,
  sniffMediaType,
  SNIFF_BYTES,
  type MediaRole,
} from '../../shared/media-policy';
import { formatLimit, formatSize, MAX_MEDIA_BYTES } from './limits';

/** An accepted media file, open for reading. The caller closes `handle`. */
export interface OpenMedia {
  ok: true;
  handle: FileHandle;
  size: number;
  mimeType: string;
}

/** Why a media file is refused: a sentence for the exhibitor and the HTTP status the server sends. */
export interface RefusedMedia {
  ok: false;
  status: 403 | 404 | 413 | 415;
  message: string;
}

/** The rules, swappable in tests to show that a weakened gate lets an attack through. */
export interface MediaPolicy {
  /** Why `src` may not be used for `role` (default: an image), or null. */
  refusePath: (src: string, role?: MediaRole | 'any') => string | null;
  /** Largest image accepted, in bytes. */
  maxBytes: number;
  /** Largest video / caption file accepted (default: `maxBytes`). */
  maxVideoBytes?: number;
  maxCaptionBytes?: number;
  /** False only in a test's deliberately weakened gate. */
  singleLinkOnly: boolean;
  insideMediaOnly: boolean;
  checkBytes: boolean;
}

/** The policy the app ships. */
export const MEDIA_POLICY: MediaPolicy = {
  refusePath: refuseMediaPath,
  maxBytes: MAX_MEDIA_BYTES,
  maxVideoBytes: MAX_VIDEO_BYTES,
  maxCaptionBytes: MAX_CAPTION_BYTES,
  singleLinkOnly: true,
  insideMediaOnly: true,
  checkBytes: true,
};

const errno = (e: unknown): string => (e as NodeJS.ErrnoException | null)?.code ?? 'unknown error';

/** True when `target` is `root` itself or lies below it (both already resolved). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!path.isAbsolute(rel) && rel.split(path.sep)[0] !== '..');
}

/** A link that points nowhere is still an escape when its target is outside the pack. */
async function missingOrEscape(full: string, packDir: string, quoted: string): Promise<RefusedMedia> {
  const link = await lstat(full).catch(() => null);
  if (link?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(full), await readlink(full).catch(() => ''));
    if (!isInside(path.resolve(packDir, MEDIA_DIR), target))
      return {
        ok: false,
        status: 403,
        message: `${quoted} escapes the pack (symbolic link to outside its ${MEDIA_DIR}/ folder)`,
      };
  }
  return { ok: false, status: 404, message: `${quoted} not found` };
}

/** The size limit for a file of `mimeType` under `policy`. */
function limitFor(mimeType: string, policy: MediaPolicy): number {
  const role = roleOfType(mimeType);
  if (role === 'video') return policy.maxVideoBytes ?? policy.maxBytes;
  if (role === 'captions') return policy.maxCaptionBytes ?? policy.maxBytes;
  return policy.maxBytes;
}

const KIND_WORD: Record<MediaRole, string> = { image: 'image', video: 'video', captions: 'caption' };
const LIMIT_NOUN: Record<MediaRole, string> = { image: 'media files', video: 'video files', captions: 'caption files' };
const NOT_A: Record<MediaRole, string> = { image: 'not an image', video: 'not a video', captions: 'not WebVTT' };

/** Judges the open file: a single-link regular file, within its size limit, whose bytes are the type its name says. */
async function judgeHandle(handle: FileHandle, src: string, policy: MediaPolicy): Promise<OpenMedia | RefusedMedia> {
  const quoted = `media file "${src}"`;
  const info = await handle.stat();
  if (!info.isFile()) return { ok: false, status: 404, message: `${quoted} is not a regular file` };
  // A hard link shares the inode of a file elsewhere (perhaps outside the pack): realpath cannot see it, nlink can.
  if (policy.singleLinkOnly && info.nlink !== 1)
    return {
      ok: false,
      status: 403,
      message: `${quoted} is a hard link (${info.nlink} names for one file); copy the file into ${MEDIA_DIR}/ instead`,
    };
  const mimeType = mediaTypeOf(src) ?? 'application/octet-stream';
  const role = roleOfType(mimeType);
  const limit = limitFor(mimeType, policy);
  if (info.size > limit)
    return {
      ok: false,
      status: 413,
      message: `${quoted} is ${formatSize(info.size)}, over the ${formatLimit(limit)} limit for ${LIMIT_NOUN[role]}`,
    };
  if (policy.checkBytes) {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    const sniffed = sniffMediaType(head.subarray(0, bytesRead));
    if (sniffed !== mimeType) {
      const format = mimeType.slice(mimeType.indexOf('/') + 1).toUpperCase();
      return {
        ok: false,
        status: 415,
        message: `${quoted} does not hold ${format} ${KIND_WORD[role]} data (its first bytes are ${sniffed ?? NOT_A[role]})`,
      };
    }
  }
  return { ok: true, handle, size: info.size, mimeType };
}

/**
 * Opens `<packDir>/<src>` if the media policy accepts it: the path rules, then realpath inside
 * the pack's real `media/` folder, then the checks on the open handle. Never throws.
 */
export async function openPackMedia(
  packDir: string,
  src: string,
  policy: MediaPolicy = MEDIA_POLICY,
  role: MediaRole | 'any' = 'image',
): Promise<OpenMedia | RefusedMedia> {
  const quoted = `media file "${src}"`;
  const refused = policy.refusePath(src, role);
  if (refused) return { ok: false, status: 403, message: refused };
  const full = path.join(packDir, src);
  let real: string;
  let mediaReal: string;
  let packReal: string;
  try {
    packReal = await realpath(packDir);
    real = await realpath(full);
  } catch (e) {
    if (errno(e) !== 'ENOENT' && errno(e) !== 'ENOTDIR')
      return { ok: false, status: 403, message: `${quoted} cannot be read (${errno(e)})` };
    return missingOrEscape(full, packDir, quoted);
  }
  try {
    mediaReal = await realpath(path.join(packDir, MEDIA_DIR));
  } catch {
    mediaReal = path.join(packReal, MEDIA_DIR);
  }
  const root = policy.insideMediaOnly ? mediaReal : packReal;
  if (!isInside(packReal, mediaReal) || !isInside(root, real) || real === root)
    return {
      ok: false,
      status: 403,
      message: `${quoted} escapes the pack (symbolic link to outside its ${MEDIA_DIR}/ folder)`,
    };
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: a link swapped in after realpath is refused rather than followed (0 where the OS has none).
    handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    if (errno(e) === 'EISDIR') return { ok: false, status: 404, message: `${quoted} is not a regular file` };
    if (errno(e) === 'ENOENT') return { ok: false, status: 404, message: `${quoted} not found` };
    return { ok: false, status: 403, message: `${quoted} cannot be read (${errno(e)})` };
  }
  try {
    const judged = await judgeHandle(handle, src, policy);
    if (!judged.ok) await handle.close();
    return judged;
  } catch (e) {
    await handle.close().catch(() => undefined);
    return { ok: false, status: 403, message: `${quoted} cannot be read (${errno(e)})` };
  }
}

/** The loader's question: is `src` an acceptable media file? The problem sentence, or null. */
export async function mediaProblem(
  packDir: string,
  src: string,
  policy: MediaPolicy = MEDIA_POLICY,
  role: MediaRole = 'image',
): Promise<string | null> {
  const opened = await openPackMedia(packDir, src, policy, role);
  if (!opened.ok) return opened.message;
  await opened.handle.close();
  return null;
}
