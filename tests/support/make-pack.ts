// Builds content packs for tests: the minimal valid deck, writing a pack folder, copying one
// into a temp dir, and hashing a folder tree (to prove the loader never writes).
import { createHash } from 'node:crypto';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeckInput } from '../../src/shared/content/deck.schema';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
export const VALID_MINIMAL = path.join(FIXTURES, 'valid-minimal');
export const BROKEN_PACKS = path.join(FIXTURES, 'broken-packs');
export const BUNDLED_PACK = path.join(REPO_ROOT, 'resources/content/chery-global-2020');

/** A real 1×1 PNG (valid chunks and CRCs), so "is a regular image file" is honest. */
export const DOT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const SOURCE = '000_0be2323602245bc0.txt';
const t = (en: string, ru: string) => ({ en, ru });

/**
 * The smallest deck that passes every check: en + ru, a title, a statistics and a story slide
 * whose image is media/dot.png. Figures are from the source document (paragraphs 4 and 5).
 */
export function minimalDeck(schemaPath = '../../../resources/content/deck.schema.json'): DeckInput {
  return {
    $schema: schemaPath,
    formatVersion: 1,
    id: 'valid-minimal',
    title: t('Test pack: minimal', 'Тестовый набор: минимальный'),
    defaultLocale: 'en',
    locales: ['en', 'ru'],
    localeNames: { en: 'English', ru: 'Русский' },
    sources: [{ document: SOURCE, title: 'Chery press release, 2020' }],
    ui: {
      touchToExplore: t('Touch to explore', 'Коснитесь, чтобы начать'),
      returningToStart: t('Returning to the start in {seconds} s', 'Возврат к началу через {seconds} с'),
      next: t('Next', 'Далее'),
      previous: t('Previous', 'Назад'),
      goToSlide: t('Go to slide {number}', 'Перейти к слайду {number}'),
      slideAnnouncement: t('Slide {number} of {total}: {title}', 'Слайд {number} из {total}: {title}'),
      language: t('Language', 'Язык'),
      closed: t('Closed', 'Закрыто'),
      outOfService: t('Out of service', 'Не работает'),
      imageMissing: t('Image missing', 'Изображение отсутствует'),
    },
    reviewNotes: [],
    slides: [
      {
        type: 'title',
        id: 'opening',
        durationSeconds: 8,
        notes: t('Opening slide of the test pack.', 'Первый слайд тестового набора.'),
        kicker: t('Global image, 2020', 'Глобальный имидж, 2020'),
        headline: t('Best global image', 'Лучший глобальный имидж'),
        subline: t('Belt and Road edition', 'Выпуск «Пояс и путь»'),
      },
      {
        type: 'statistics',
        id: 'footprint',
        durationSeconds: 8,
        notes: t('Figures from paragraph 4.', 'Цифры из абзаца 4.'),
        source: { document: SOURCE, paragraphs: [4] },
        title: t('Overseas footprint', 'Присутствие за рубежом'),
        stats: [
          { value: 10, label: t('overseas plants', 'заводов за рубежом') },
          { value: 1500, over: true, label: t('dealers and service outlets', 'дилеров и сервисных центров') },
        ],
      },
      {
        type: 'story',
        id: 'anti-epidemic',
        durationSeconds: 8,
        notes: t('Figures from paragraph 5.', 'Цифры из абзаца 5.'),
        source: { document: SOURCE, paragraphs: [5] },
        title: t('Help during the epidemic', 'Помощь во время эпидемии'),
        body: t(
          'Medical supplies and humanitarian aid to more than 20 countries and regions.',
          'Медицинские материалы и гуманитарная помощь более чем 20 странам и регионам.',
        ),
        visual: { kind: 'image', src: 'media/dot.png', alt: t('A single test dot', 'Одна тестовая точка') },
        caption: t('Test image: one dot', 'Тестовое изображение: одна точка'),
        stats: [{ value: 20, over: true, label: t('countries and regions', 'стран и регионов') }],
      },
    ],
  };
}

/** deck.json text as the fixtures store it. */
export function deckText(deck: unknown): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

/** A temp folder for one test; remove it with `rm(dir, { recursive: true, force: true })`. */
export function tempDir(prefix = 'pack-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Copies a pack folder, keeping symlinks as symlinks. */
export async function copyPack(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, verbatimSymlinks: true });
}

/** Writes a pack: `deck` (object, text or bytes; null = no deck.json) and media files by relative path. */
export async function writePack(
  dir: string,
  deck: unknown | string | Uint8Array | null,
  media: Record<string, Uint8Array> = { 'media/dot.png': DOT_PNG },
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (deck !== null) {
    const body = typeof deck === 'string' || deck instanceof Uint8Array ? deck : deckText(deck);
    await writeFile(path.join(dir, 'deck.json'), body);
  }
  for (const [rel, bytes] of Object.entries(media)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), bytes);
  }
}

/** Replaces `rel` inside `dir` with a symlink to `target`. */
export async function makeSymlink(dir: string, rel: string, target: string): Promise<void> {
  await rm(path.join(dir, rel), { force: true });
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await symlink(target, path.join(dir, rel));
}

/** sha256 of every file under `dir` (symlinks by their target text), keyed by relative path. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      const full = path.join(dir, child);
      if (entry.isDirectory()) await walk(child);
      else {
        const info = await lstat(full);
        const bytes = info.isSymbolicLink() ? `symlink:${await readlink(full)}` : await readFile(full);
        out.set(child.split(path.sep).join('/'), createHash('sha256').update(bytes).digest('hex'));
      }
    }
  };
  await walk('');
  return out;
}
