/**
 * The bundled faces are declared in styles/fonts.css (linked by index.html through boot.ts; a
 * `unicode-range` each, so a face is fetched only for text that needs it). This module loads the
 * deck language's faces before the first render, so the first slide is laid out once, in its own
 * font (no shift when a face arrives).
 */

/** A script the bundle draws, as its faces' unicode-range. */
export type Script = 'latin' | 'cyrillic' | 'chinese' | 'arabic';

/** Each script's family and a character of its range (what `document.fonts.load` fetches by). */
const FACES: Record<Script, { family: string; sample: string }> = {
  latin: { family: 'Noto Sans', sample: 'A' },
  cyrillic: { family: 'Noto Sans', sample: 'Д' },
  chinese: { family: 'Noto Sans SC', sample: '中' },
  arabic: { family: 'Noto Sans Arabic', sample: 'ع' },
};

/** The script a deck language is written in (its primary subtag decides). */
export function scriptOf(locale: string): Script {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  if (language === 'zh') return 'chinese';
  if (language === 'ar') return 'arabic';
  if (['ru', 'uk', 'be', 'bg', 'kk', 'ky', 'mn', 'sr', 'mk', 'tg'].includes(language)) return 'cyrillic';
  return 'latin';
}

/**
 * Fetches the faces a deck language needs, both weights: its own script's, and Latin's (digits
 * and Latin names appear in every language). Resolves when they are in, or failed (text then
 * falls back; a missing face must never keep the deck off the screen).
 */
export async function loadDeckFaces(locale: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const scripts = new Set<Script>(['latin', scriptOf(locale)]);
  await Promise.all(
    [...scripts].flatMap((script) =>
      ['400', '700'].map((weight) =>
        document.fonts.load(`${weight} 16px "${FACES[script].family}"`, FACES[script].sample).catch(() => undefined),
      ),
    ),
  );
}
