/**
 * Which content plays: the pack loaded at start, an operator's reload, an import's new pack, and
 * the live preview's reload of the exhibitor's pack (which keeps the last valid deck on failure).
 */
import { formatProblem, type Problem } from '../../shared/content';
import type { Settings } from '../../shared/settings.schema';
import { loadContent, type ContentState } from '../content-service';
import { loadPack } from '../content/load-pack';
import { placeAfterReload } from '../content-watch';
import { timingFromDeck, type DeckController } from '../deck-controller';
import type { Logger } from './logger';

export interface ContentStateDeps {
  settings: Settings;
  /** The exhibitor's pack, or null for the bundled one. */
  contentDir: string | null;
  bundledDir: string;
  log: Logger;
}

/** Reads the pack in `contentDir` (falling back to the bundled one), with the deck's display settings. */
export function contentLoader(deps: ContentStateDeps, contentDir: () => string | null): () => Promise<ContentState> {
  return () =>
    loadContent({
      requestedDir: contentDir(),
      bundledDir: deps.bundledDir,
      reducedMotion: deps.settings.reducedMotion,
      whenClosed: deps.settings.openingHours?.whenClosed,
    });
}

export interface ContentHolder {
  current(): ContentState;
  /** What is wrong with the watched pack on disk while the last valid deck plays; empty when valid. */
  liveProblems(): Problem[];
  /** Loads the content again (and retimes the deck), then tells the views. */
  reload(): Promise<void>;
  /** An import made `dir` the pack that plays from now on (a flag or setting wins at the next start). */
  playFrom(dir: string): void;
  /**
   * Live preview: reloads the exhibitor's pack alone. A valid pack replaces the deck and keeps the
   * viewer's slide and language; a broken one leaves the last valid deck playing.
   */
  previewReload(): Promise<void>;
}

/**
 * Loads the content once and creates the deck controller with its timing (the controller needs
 * the deck's durations, the content its controller to retime), then keeps both in step.
 */
export async function setupContentState(
  deps: ContentStateDeps & {
    createController: (timing: ReturnType<typeof timingFromDeck>) => DeckController;
    /** Content or its problems changed: views fetch anew. */
    announce: () => void;
  },
): Promise<{ content: ContentHolder; controller: DeckController }> {
  const { settings, log } = deps;
  let contentDir = deps.contentDir;
  let liveProblems: Problem[] = [];
  const load = contentLoader(deps, () => contentDir);
  let content = await load();
  content.snapshot.problems.forEach((p) => log.warn(formatProblem(p)));
  const controller = deps.createController(timingFromDeck(content.snapshot.deck, settings));

  const holder: ContentHolder = {
    current: () => content,
    liveProblems: () => liveProblems,
    async reload() {
      content = await load();
      controller.replaceTiming(timingFromDeck(content.snapshot.deck, settings));
      deps.announce();
    },
    playFrom(dir) {
      contentDir = dir;
    },
    async previewReload() {
      if (contentDir === null) return;
      const result = await loadPack(contentDir);
      if (!result.ok) {
        liveProblems = result.problems;
        log.warn(`live preview: pack has ${result.problems.length} problem(s); the last valid deck stays`);
        result.problems.forEach((p) => log.warn(formatProblem(p)));
        deps.announce();
        return;
      }
      const before = controller.getState();
      const beforeId = content.snapshot.deck.slides[before.index]?.id;
      liveProblems = [];
      content = {
        packDir: result.value.dir,
        snapshot: {
          ...content.snapshot,
          deck: result.value.deck,
          contentOrigin: 'custom',
          status: 'ok',
          problems: result.warnings,
        },
      };
      controller.replaceTiming(timingFromDeck(content.snapshot.deck, settings));
      placeAfterReload(before, beforeId, content.snapshot.deck).forEach((a) => controller.dispatch(a));
      log.info(`live preview: reloaded ${result.value.deck.id}`);
      deps.announce();
    },
  };
  return { content: holder, controller };
}
