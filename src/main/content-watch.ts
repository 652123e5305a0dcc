/**
 * Live preview (`--watch`, window mode only): watches the exhibitor's pack folder with chokidar and
 * asks for one reload once the files have been quiet for a moment, so saving deck.json and dropping
 * five photos into media/ is one reload, not six. The debounce runs on main's injected clock, so
 * tests drive it without sleeps. Reloads never overlap: a change during a reload asks for one more.
 */
import { watch as chokidarWatch } from 'chokidar';
import type { DeckAction, DeckState } from '../shared/deck';
import type { Clock } from './clock';

/** Quiet time after the last change before the pack is reloaded. */
export const WATCH_DEBOUNCE_MS = 300;

/** The part of a chokidar watcher we use (a fake in unit tests). */
export interface FolderWatcher {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  close(): Promise<void>;
}

export interface PackWatchDeps {
  dir: string;
  clock: Clock;
  /** Reloads the pack; called at most once at a time. */
  reload: () => Promise<void>;
  log: { info(message: string): void; warn(message: string): void };
  debounceMs?: number;
  /** Starts watching `dir`; chokidar by default. */
  watch?: (dir: string) => FolderWatcher;
}

export interface PackWatch {
  /** Resolves once the initial scan is done: changes from then on are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * chokidar over the whole pack. `atomic` folds an editor's write-to-temp-then-rename into one
 * change (chokidar README, "atomic"); dot-files (editor swap files, .DS_Store) never matter to a pack.
 */
export function chokidarFolderWatcher(dir: string): FolderWatcher {
  return chokidarWatch(dir, {
    ignoreInitial: true,
    atomic: true,
    ignored: (path: string) => /(^|[/\\])\.[^/\\]+$/.test(path),
  }) as unknown as FolderWatcher;
}

/** Watches a pack folder and reloads it, debounced on `clock`. */
export function watchPack(deps: PackWatchDeps): PackWatch {
  const { clock, log } = deps;
  const debounceMs = deps.debounceMs ?? WATCH_DEBOUNCE_MS;
  const watcher = (deps.watch ?? chokidarFolderWatcher)(deps.dir);
  let timer: unknown = null;
  let running = false;
  let again = false;
  let closed = false;

  const reload = async (): Promise<void> => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await deps.reload();
    } catch (error) {
      log.warn(`live preview: reload failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      await reload();
    }
  };

  watcher.on('all', (event, path) => {
    if (closed) return;
    log.info(`live preview: ${event} ${path}`);
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = null;
      void reload();
    }, debounceMs);
  });
  watcher.on('error', (error) => log.warn(`live preview: watcher error: ${String(error)}`));
  const ready = new Promise<void>((resolve) => watcher.on('ready', resolve));
  log.info(`live preview: watching ${deps.dir}`);

  return {
    ready,
    async close() {
      closed = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      await watcher.close();
    },
  };
}

/**
 * The commands that put a reloaded deck back where the viewer was: the same slide (found by id, so
 * a slide inserted before it does not move the viewer) and the same language, when each still
 * exists, and a pause. A slide that was removed leaves the deck on its first slide.
 */
export function placeAfterReload(
  before: Pick<DeckState, 'index' | 'locale' | 'paused'>,
  beforeSlideId: string | undefined,
  deck: { slides: ReadonlyArray<{ id: string }>; locales: readonly string[] },
): DeckAction[] {
  const commands: DeckAction[] = [];
  const index = beforeSlideId === undefined ? -1 : deck.slides.findIndex((s) => s.id === beforeSlideId);
  if (index > 0) commands.push({ type: 'goto', index });
  if (deck.locales.includes(before.locale)) commands.push({ type: 'setLocale', locale: before.locale });
  // An operator's pause outlives the reload: the author paused to look at this slide.
  if (before.paused) commands.push({ type: 'pause' });
  return commands;
}
