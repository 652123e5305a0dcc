/**
 * The content in use: which pack plays, whether it is the exhibitor's or the bundled one, and
 * the problems an operator should see. Never writes to a pack.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckSnapshot } from '../shared/ipc';
import { loadPackWithFallback, type PackProblems } from './content/load-pack';

export interface ContentState {
  snapshot: Omit<DeckSnapshot, 'state'>;
  /** Folder of the pack in use (its media/ is served), null when out of service. */
  packDir: string | null;
  /** Problems per pack tried (load-pack.ts), for the operator panel; absent where not known. */
  byPack?: PackProblems[];
}

/** Where the exhibitor's pack is: the setting/flag, else `<userData>/content` when present, else none. */
export function chooseContentDir(contentDir: string | null, userDataDir: string): string | null {
  if (contentDir) return contentDir;
  const conventional = join(userDataDir, 'content');
  return existsSync(join(conventional, 'deck.json')) ? conventional : null;
}

/** Loads the requested pack with fallback to the bundled one. */
export async function loadContent(opts: {
  requestedDir: string | null;
  bundledDir: string;
  reducedMotion: boolean;
  whenClosed?: 'closed-slide' | 'black';
}): Promise<ContentState> {
  const result = await loadPackWithFallback(opts.requestedDir, opts.bundledDir);
  const { problems } = result;
  if (result.status === 'out-of-service' || !result.pack) {
    return {
      packDir: null,
      byPack: result.byPack,
      snapshot: {
        deck: OUT_OF_SERVICE_DECK,
        contentOrigin: 'bundled',
        status: 'out-of-service',
        problems,
        reducedMotion: opts.reducedMotion,
        whenClosed: opts.whenClosed ?? 'closed-slide',
      },
    };
  }
  return {
    packDir: result.pack.dir,
    byPack: result.byPack,
    snapshot: {
      deck: result.pack.deck,
      contentOrigin: result.origin,
      status: result.status,
      problems,
      reducedMotion: opts.reducedMotion,
      whenClosed: opts.whenClosed ?? 'closed-slide',
    },
  };
}

/**
 * A one-slide deck used only when even the bundled pack cannot be read: the view shows its
 * calm out-of-service screen (from `status`), never a blank page or a dialog.
 */
export const OUT_OF_SERVICE_DECK: DeckSnapshot['deck'] = {
  formatVersion: 1,
  id: 'out-of-service',
  title: { en: 'Chery Showcase' },
  defaultLocale: 'en',
  locales: ['en'],
  localeNames: { en: 'English' },
  sources: [{ document: 'none', title: 'none' }],
  reviewNotes: [],
  ui: Object.fromEntries(
    [
      'touchToExplore',
      'returningToStart',
      'next',
      'previous',
      'goToSlide',
      'slideAnnouncement',
      'language',
      'closed',
      'outOfService',
      'imageMissing',
    ].map((k) => [k, { en: k === 'outOfService' ? 'This display is resting. Please ask a member of staff.' : ' ' }]),
  ) as unknown as DeckSnapshot['deck']['ui'],
  slides: [
    {
      id: 'rest',
      type: 'closing',
      durationSeconds: 60,
      notes: { en: 'Out of service.' },
      headline: { en: 'Chery Showcase' },
      prompt: { en: 'This display is resting. Please ask a member of staff.' },
    },
  ],
};
