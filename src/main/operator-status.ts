/**
 * The operator panel's view of what went wrong, per pack: the folder that FAILED (not only the
 * one that plays instead), the settings file on its own, and each pack's slide titles read from
 * its own deck.json — a pack that failed validation is not the deck on screen, so its slide 8 is
 * not the bundled deck's slide 8.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../shared/content';
import type { ProblemGroup } from '../shared/ipc';
import type { ContentState } from './content-service';

/** A deck.json bigger than this is not read again for titles (the loader reports it anyway). */
const MAX_TITLE_READ_BYTES = 4 * 1024 * 1024;

type Localized = Record<string, string>;

/** `{ en: "…", ru: "…" }` kept to its string values; a plain string counts as English. */
function localized(value: unknown): Localized | null {
  if (typeof value === 'string') return value.trim() ? { en: value } : null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Localized = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string' && v.trim()) out[k] = v;
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Each slide's title (or headline) as far as `dir/deck.json` can be read as JSON at all; [] when
 * it cannot. Never throws: a pack broken enough has no titles, and problems then say "Slide 8".
 */
export function readSlideTitles(dir: string): (Localized | null)[] {
  try {
    const file = join(dir, 'deck.json');
    if (statSync(file).size > MAX_TITLE_READ_BYTES) return [];
    const deck: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const slides = (deck as { slides?: unknown }).slides;
    if (!Array.isArray(slides)) return [];
    return slides.map((slide: unknown) => {
      if (typeof slide !== 'object' || slide === null) return null;
      const s = slide as { title?: unknown; headline?: unknown };
      return localized(s.title) ?? localized(s.headline);
    });
  } catch {
    return [];
  }
}

/**
 * Problems grouped for the panel: the pack asked for that failed (named by its folder), the pack
 * playing (its warnings), the bundled pack when it failed too, then settings.json. Groups with no
 * problems are left out, except that a failed pack always shows.
 */
export function problemGroups(
  content: Pick<ContentState, 'byPack' | 'packDir' | 'snapshot'>,
  settingsProblems: readonly Problem[],
): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  const byPack =
    content.byPack ??
    // A state built without the per-pack list (live preview): everything belongs to the pack on screen.
    (content.packDir
      ? [
          {
            dir: content.packDir,
            origin: content.snapshot.contentOrigin,
            shown: true,
            problems: content.snapshot.problems.filter((p) => !settingsProblems.includes(p)),
          },
        ]
      : []);
  for (const pack of byPack) {
    if (pack.shown && pack.problems.length === 0) continue;
    groups.push({
      role: pack.shown ? 'playing' : 'failed',
      origin: pack.origin,
      where: pack.dir,
      problems: pack.problems,
      slideTitles: readSlideTitles(pack.dir),
    });
  }
  if (settingsProblems.length > 0)
    groups.push({
      role: 'settings',
      origin: 'settings',
      where: settingsProblems[0].file,
      problems: [...settingsProblems],
      slideTitles: [],
    });
  return groups;
}
