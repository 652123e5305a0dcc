/**
 * The one media policy: which `src` strings a deck may use for an image, which file types they
 * may name and what their bytes must look like. `content:check`, the pack loader and the
 * `app://showcase/pack/` server all judge media with these functions (the disk half lives in
 * src/main/content/media-file.ts), so a check that says "ok" and a server that refuses cannot drift.
 * Pure: no file access, safe in any process.
 */

/** The only folder of a pack whose files are ever served. */
export const MEDIA_DIR = 'media';

/** Image types the app shows, by lower-case extension. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/**
 * Video types the app plays, by lower-case extension. WebM (VP9/AV1) plays in every Chromium;
 * MP4 (H.264) only where the runtime has the codec (Electron's Chromium does; some Linux builds do not).
 */
export const VIDEO_TYPES: Readonly<Record<string, string>> = {
  webm: 'video/webm',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
};

/** Caption files (WebVTT), one per language of a video. */
export const CAPTION_TYPES: Readonly<Record<string, string>> = { vtt: 'text/vtt' };

/** What a deck reference is for: each role accepts only its own file types ('any': the server). */
export type MediaRole = 'image' | 'video' | 'captions';

const TYPES_BY_ROLE: Readonly<Record<MediaRole | 'any', Readonly<Record<string, string>>>> = {
  image: IMAGE_TYPES,
  video: VIDEO_TYPES,
  captions: CAPTION_TYPES,
  any: { ...IMAGE_TYPES, ...VIDEO_TYPES, ...CAPTION_TYPES },
};
const ROLE_NOUN: Readonly<Record<MediaRole | 'any', string>> = {
  image: 'an image type the app shows',
  video: 'a video type the app plays',
  captions: 'a caption file type the app reads',
  any: 'a media type the app serves',
};

/**
 * Size limits per role: a full-screen photo fits in 50 MiB, a few minutes of 1080p film in
 * 512 MiB (it is streamed, never read whole), a caption file in 1 MiB.
 */
export const MAX_VIDEO_BYTES = 512 * 1024 * 1024;
export const MAX_CAPTION_BYTES = 1024 * 1024;

/** How many leading bytes `sniffMediaType` needs (a WebM DocType sits within the first 64). */
export const SNIFF_BYTES = 64;

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
  return mediaTypeOf(src, 'image');
}

/** The MIME type `src`'s extension names among `role`'s types ('any': every served type), or null. */
export function mediaTypeOf(src: string, role: MediaRole | 'any' = 'any'): string | null {
  const name = src.slice(src.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return TYPES_BY_ROLE[role][name.slice(dot + 1).toLowerCase()] ?? null;
}

/** ISO-BMFF brands of MP4 video (ISO/IEC 14496-12/-14, AVC and AV1 bindings); AVIF's are images. */
const MP4_BRANDS = ['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'av01', 'M4V ', 'dash', 'mmp4'];

/** An `ftyp` box whose major or compatible brands name MP4 video. */
function isMp4(head: Uint8Array): boolean {
  if (!ascii(head, 4, 'ftyp')) return false;
  const boxSize = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
  const end = Math.min(boxSize, head.length);
  for (let at = 8; at + 4 <= end; at += at === 8 ? 8 : 4) if (MP4_BRANDS.some((b) => ascii(head, at, b))) return true;
  return false;
}

/**
 * WebM is Matroska (an EBML file, magic 1A 45 DF A3) whose EBML header names the DocType
 * "webm" (element ID 42 82, then a one-byte size). A plain Matroska file is refused: Chromium
 * plays only the WebM subset.
 */
function isWebm(head: Uint8Array): boolean {
  if (!(head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)) return false;
  for (let at = 4; at + 7 <= head.length; at++)
    if (head[at] === 0x42 && head[at + 1] === 0x82 && head[at + 2] === 0x84) return ascii(head, at + 3, 'webm');
  return false;
}

/** WebVTT: an optional UTF-8 BOM, "WEBVTT", then a space, tab, line break or the end (W3C WebVTT §4.1). */
function isWebVtt(head: Uint8Array): boolean {
  const at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  if (!ascii(head, at, 'WEBVTT')) return false;
  const after = head[at + 6];
  return after === undefined || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d;
}

/**
 * The MIME type the first bytes prove among every type the app serves (images, video,
 * captions), or null. AVIF is tested before MP4: both are ISO-BMFF, and an AVIF brand decides.
 */
export function sniffMediaType(head: Uint8Array): string | null {
  const image = sniffImageType(head);
  if (image) return image;
  if (isWebm(head)) return 'video/webm';
  if (isMp4(head)) return 'video/mp4';
  if (isWebVtt(head)) return 'text/vtt';
  return null;
}

/** Which role a MIME type belongs to (for its size limit and its refusal's wording). */
export function roleOfType(mimeType: string): MediaRole {
  if (mimeType.startsWith('video/')) return 'video';
  if (mimeType === 'text/vtt') return 'captions';
  return 'image';
}

/**
 * Why `src` may not be used as a media path, judged from the string alone (no disk access), or
 * null. Accepted: `media/<folders/>name.<extension of role>` with no `#`, `?`, `\`, `.`/`..` or
 * empty segments — exactly the strings whose `app://showcase/pack/<src>` URL names the same file.
 * `role` is what the reference is for (an image, a video, captions; 'any' for the server).
 */
export function refuseMediaPath(src: string, role: MediaRole | 'any' = 'image'): string | null {
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
    return `${quoted} is outside the pack's ${MEDIA_DIR}/ folder; put ${role === 'image' ? 'images' : 'media files'} in ${MEDIA_DIR}/ (for example ${MEDIA_DIR}/photo.jpg)`;
  if (segments.some((s) => s === '' || s === '.')) return `${quoted} has an empty or "." folder name`;
  if (!mediaTypeOf(src, role))
    return `${quoted} is not ${ROLE_NOUN[role]} (${Object.keys(TYPES_BY_ROLE[role]).join(', ')})`;
  return null;
}
