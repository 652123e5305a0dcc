/**
 * Bundled fonts, two weights each: Latin + Cyrillic (Noto Sans), Simplified Chinese (Noto Sans SC),
 * Arabic (Noto Sans Arabic). Vite emits the files next to the bundle: nothing loads from outside.
 *
 * Declared here as FontFace objects with a `unicode-range` each (issue 19). @fontsource's
 * per-subset CSS declares none, so every face claimed U+0-10FFFF and Chromium fetched faces a
 * page never drew from (a Latin slide pulled the 1.1 MB Chinese face). With ranges, a face is
 * fetched only when text on screen has a character in its range and the families before it in
 * the stack lack it; {@link loadDeckFaces} fetches the deck language's faces before the first
 * render, so the first slide is laid out once, in its own font (no shift when a face arrives).
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import chinese400 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url';
import chinese700 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';

/** A script the bundle draws, as its faces' unicode-range. */
export type Script = 'latin' | 'cyrillic' | 'chinese' | 'arabic';

/** The ranges @fontsource's combined CSS gives these very subsets (noto-sans/400.css, noto-sans-arabic/400.css). */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const ARABIC =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
/**
 * The Chinese subset ships without a range; this one is wide on purpose: CJK blocks, kana,
 * full-width forms, and the symbol blocks (arrows, shapes, enclosed numbers) that Noto Sans'
 * Latin face lacks and this face had been drawing. Latin, Cyrillic and Arabic stay out, so
 * text in those scripts never fetches it.
 */
// The punctuation Chinese text shares with Latin (·, —, ‘’, “”, …) is in the range too: under
// :lang(zh-CN) Noto Sans SC comes first, so Chinese quotes get their full-width CJK glyphs; other
// languages list Noto Sans first, which has them, so they never fetch this face for them.
const CHINESE =
  'U+00B7,U+2014,U+2018-2019,U+201C-201D,U+2026,U+2100-2BFF,U+2E80-2FDF,U+2FF0-31FF,U+3200-33FF,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,U+FE10-FE1F,U+FE30-FE4F,U+FF00-FFEF,U+20000-2FA1F';

interface FaceSpec {
  family: string;
  script: Script;
  weight: '400' | '700';
  url: string;
  range: string;
}

const FACES: readonly FaceSpec[] = [
  { family: 'Noto Sans', script: 'latin', weight: '400', url: latin400, range: LATIN },
  { family: 'Noto Sans', script: 'latin', weight: '700', url: latin700, range: LATIN },
  { family: 'Noto Sans', script: 'cyrillic', weight: '400', url: cyrillic400, range: CYRILLIC },
  { family: 'Noto Sans', script: 'cyrillic', weight: '700', url: cyrillic700, range: CYRILLIC },
  { family: 'Noto Sans SC', script: 'chinese', weight: '400', url: chinese400, range: CHINESE },
  { family: 'Noto Sans SC', script: 'chinese', weight: '700', url: chinese700, range: CHINESE },
  { family: 'Noto Sans Arabic', script: 'arabic', weight: '400', url: arabic400, range: ARABIC },
  { family: 'Noto Sans Arabic', script: 'arabic', weight: '700', url: arabic700, range: ARABIC },
];

/** The script a deck language is written in (its primary subtag decides). */
export function scriptOf(locale: string): Script {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  if (language === 'zh') return 'chinese';
  if (language === 'ar') return 'arabic';
  if (['ru', 'uk', 'be', 'bg', 'kk', 'ky', 'mn', 'sr', 'mk', 'tg'].includes(language)) return 'cyrillic';
  return 'latin';
}

const installed = new Map<FaceSpec, FontFace>();

/** Adds every face to the document (nothing is fetched yet). Idempotent. */
export function installFonts(): void {
  if (installed.size > 0 || typeof FontFace === 'undefined') return;
  for (const spec of FACES) {
    const face = new FontFace(spec.family, `url(${JSON.stringify(spec.url)}) format('woff2')`, {
      weight: spec.weight,
      style: 'normal',
      display: 'swap',
      unicodeRange: spec.range,
    });
    document.fonts.add(face);
    installed.set(spec, face);
  }
}

/**
 * Fetches the faces a deck language needs: its own script's, and Latin's (digits and Latin
 * names appear in every language). Resolves when they are in, or failed (text then falls back;
 * a missing face must never keep the deck off the screen).
 */
export async function loadDeckFaces(locale: string): Promise<void> {
  installFonts();
  const wanted = new Set<Script>(['latin', scriptOf(locale)]);
  await Promise.all(
    [...installed].filter(([spec]) => wanted.has(spec.script)).map(([, face]) => face.load().catch(() => undefined)),
  );
}

installFonts();
