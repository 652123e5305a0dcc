/**
 * The one media policy: which `src` strings a deck may use for an image, which file types they
 * may name and what their bytes must look like. `content:check`, the pack loader and the
 * `app://showcase/pack/` server all judge media with these functions (the disk half lives in
 * src/main/content/media-file.ts), so a check that says "ok" and a server that refuses cannot drift.
 * Pure: no file access, safe in any process.
 */

/** The only folder of a pack whose files are ever served. */
export const MEDIA_DIR = 'media';

/** Image types the app shows, by lower-case extension. Video joins here when a slide type needs it. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** How many leading bytes `sniffImageType` needs. */
export const SNIFF_BYTES = 32;

const ascii = (bytes: Uint8Array, at: number, text: string): boolean => {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
};

/** AVIF is an ISO-BMFF file whose leading `ftyp` box names the `avif` (still) or `avis` (sequence) brand. */
function isAvif(head: Uint8Array): boolean {
  if (!ascii(head, 4, 'ftyp')) return false;
  const boxSize = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
  const end = Math.min(boxSize, head.length);
  // Major brand at 8, then minor version, then compatible brands from 16, four bytes each.
  for (let at = 8; at + 4 <= end; at += at === 8 ? 8 : 4)
    if (ascii(head, at, 'avif') || ascii(head, at, 'avis')) return true;
  return false;
}

/**
 * The image MIME type the first bytes of a file prove (signatures from the PNG, JPEG/JFIF, GIF,
 * RIFF/WebP and ISO-BMFF/AVIF specifications), or null when they are not one of ours. Text, HTML,
 * SVG and scripts never start with these signatures.
 */
export function sniffImageType(head: Uint8Array): string | null {
  if (ascii(head, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return 'image/gif';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'image/webp';
  if (isAvif(head)) return 'image/avif';
  return null;
}

/** The MIME type `src`'s extension names, or null when it is not an image type we show. */
export function imageTypeOf(src: string): string | null {
  const name = src.slice(src.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return IMAGE_TYPES[name.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * Why `src` may not be used as a media path, judged from the string alone (no disk access), or
 * null. Accepted: `media/<folders/>name.<image extension>` with no `#`, `?`, `\`, `.`/`..` or
 * empty segments — exactly the strings whose `app://showcase/pack/<src>` URL names the same file.
 */
export function refuseMediaPath(src: string): string | null {
  const quoted = `media file "${src}"`;
  if (src.includes('\0')) return `${quoted} contains a NUL character`;
  if (/^[a-z][a-z0-9+.-]+:/i.test(src))
    return `${quoted} is a URL; write a path inside the pack such as media/photo.jpg`;
  if (src.startsWith('/') || src.startsWith('\\') || /^[a-z]:/i.test(src))
    return `${quoted} escapes the pack (absolute path)`;
  if (src.includes('\\')) return `${quoted} contains a backslash; separate folders with "/"`;
  const segments = src.split('/');
  if (segments.includes('..')) return `${quoted} escapes the pack (".." in the path)`;
  if (/[#?]/.test(src)) return `${quoted} contains "#" or "?", which a URL reads as something else; rename the file`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(src)) return `${quoted} contains a control character`;
  if (segments[0] !== MEDIA_DIR || segments.length < 2)
    return `${quoted} is outside the pack's ${MEDIA_DIR}/ folder; put images in ${MEDIA_DIR}/ (for example ${MEDIA_DIR}/photo.jpg)`;
  if (segments.some((s) => s === '' || s === '.')) return `${quoted} has an empty or "." folder name`;
  if (!imageTypeOf(src)) return `${quoted} is not an image type the app shows (${Object.keys(IMAGE_TYPES).join(', ')})`;
  return null;
}
