import { formatPath, type Problem } from '../../shared/content/problems';
import { refuseMediaPath, type MediaRole } from '../../shared/media-policy';
import { MAX_JSON_DEPTH } from './limits';
import { isInside, mediaProblem, MEDIA_POLICY, type MediaPolicy } from './media-file';

export { isInside, refuseMediaPath };

/** A media reference found in deck.json: the JSON path of its `src` and the value. */
export interface MediaRef {
  path: string;
  src: string;
  /** What the file is for; absent for an image (the first and most common kind). */
  role?: Exclude<MediaRole, 'image'>;
}

/** What one walk over the parsed deck found: its image references, or where it nests too deep. */
export interface ImageScan {
  refs: MediaRef[];
  /** JSON path of the first value nested deeper than the limit (the walk stops there), else null. */
  tooDeepAt: string | null;
}

interface Frame {
  value: unknown;
  key: string | number | null;
  parent: Frame | null;
  depth: number;
}

/** The JSON path of a frame, built only when needed (a deep deck would make per-frame arrays quadratic). */
function pathOf(frame: Frame | null): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let f = frame; f && f.key !== null; f = f.parent) keys.push(f.key);
  return keys.reverse();
}

/**
 * The references one object holds: `{ kind: "image", src }`, or `{ kind: "video", src, poster?,
 * captions?: [{ locale, src }] }` (the video visual and the video slide's film): the film, its
 * poster image and one WebVTT file per language.
 */
function refsOf(obj: Record<string, unknown>, at: () => (string | number)[]): MediaRef[] {
  if (obj.kind === 'image' && typeof obj.src === 'string')
    return [{ path: formatPath([...at(), 'src']), src: obj.src }];
  if (obj.kind !== 'video') return [];
  const refs: MediaRef[] = [];
  if (typeof obj.src === 'string') refs.push({ path: formatPath([...at(), 'src']), src: obj.src, role: 'video' });
  if (typeof obj.poster === 'string') refs.push({ path: formatPath([...at(), 'poster']), src: obj.poster });
  if (Array.isArray(obj.captions))
    obj.captions.forEach((track: unknown, i) => {
      const src = (track as { src?: unknown } | null)?.src;
      if (typeof src === 'string')
        refs.push({ path: formatPath([...at(), 'captions', i, 'src']), src, role: 'captions' });
    });
  return refs;
}

/**
 * Every media reference in the parsed deck (see `refsOf`), wherever it sits, in document order. Walks
 * the raw JSON rather than typed slides so media are checked even when the schema check failed,
 * and so a future slide type with a visual is covered without touching this file. Iterative (an
 * explicit stack) with a depth limit: a 20,000-deep file ends with a JSON path, not a stack overflow.
 */
export function scanImageRefs(raw: unknown, maxDepth = MAX_JSON_DEPTH): ImageScan {
  const refs: MediaRef[] = [];
  const stack: Frame[] = [{ value: raw, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (typeof value !== 'object' || value === null) continue;
    if (frame.depth >= maxDepth) return { refs, tooDeepAt: formatPath(pathOf(frame)) };
    const children: Frame[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => children.push({ value: item, key: i, parent: frame, depth: frame.depth + 1 }));
    } else {
      const obj = value as Record<string, unknown>;
      refs.push(...refsOf(obj, () => pathOf(frame)));
      for (const [k, v] of Object.entries(obj))
        children.push({ value: v, key: k, parent: frame, depth: frame.depth + 1 });
    }
    // Reversed onto the stack so they are visited in document order.
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
  }
  return { refs, tooDeepAt: null };
}

/** The image references of `raw` (see `scanImageRefs`; a too-deep part is not searched). */
export function findImageRefs(raw: unknown): MediaRef[] {
  return scanImageRefs(raw).refs;
}

/**
 * Problems with the media a deck references; each points at the JSON path of the `src`. Each
 * distinct `src` is judged once (45,000 references to one file cost one look at the disk).
 */
export async function checkMedia(
  packDir: string,
  refs: MediaRef[],
  file: string,
  policy: MediaPolicy = MEDIA_POLICY,
): Promise<Problem[]> {
  const verdicts = new Map<string, string | null>();
  const problems: Problem[] = [];
  for (const ref of refs) {
    const key = `${ref.role ?? 'image'}\0${ref.src}`;
    let message = verdicts.get(key);
    if (message === undefined) {
      message = await mediaProblem(packDir, ref.src, policy, ref.role ?? 'image');
      verdicts.set(key, message);
    }
    if (message) problems.push({ file, path: ref.path, message, severity: 'error' });
  }
  return problems;
}
