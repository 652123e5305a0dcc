/**
 * Live preview (`--watch`): the debounced watcher on a manual clock (a fake watcher, then real
 * chokidar on a temp folder), where a reload puts the viewer, and the runtime + core path — a
 * valid edit replaces the deck on the same slide, a broken edit keeps the last valid deck with its
 * problems listed, a fix clears them — and off outside window mode.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFlags } from '../../../src/main/cli-flags';
import { placeAfterReload, watchPack, type FolderWatcher } from '../../../src/main/content-watch';
import { createMainRuntime, type MainRuntime } from '../../../src/main/runtime';
import { Settings, type SettingsInput } from '../../../src/shared/settings.schema';
import { BUNDLED_PACK, deckText, minimalDeck, writePack } from '../../support/make-pack';
import { createManualClock, type ManualClock } from '../../support/manual-clock';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function tmp(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A watcher we fire by hand. */
function fakeWatcher() {
  const listeners: Record<string, ((...args: unknown[]) => void)[]> = {};
  const watcher: FolderWatcher & { fire(event: string, path: string): void; closed: boolean } = {
    closed: false,
    on(event: string, listener: (...args: never[]) => void) {
      (listeners[event] ??= []).push(listener as (...args: unknown[]) => void);
      return watcher;
    },
    async close() {
      watcher.closed = true;
    },
    fire(event, path) {
      listeners.all?.forEach((l) => l(event, path));
    },
  };
  return watcher;
}

const quietLog = { info: () => undefined, warn: () => undefined };

describe('watchPack', () => {
  it('reloads once after the files have been quiet for the debounce, however many changed', async () => {
    const clock = createManualClock(0);
    const watcher = fakeWatcher();
    let reloads = 0;
    const watch = watchPack({
      dir: '/pack',
      clock,
      log: quietLog,
      debounceMs: 300,
      watch: () => watcher,
      reload: async () => void reloads++,
    });
    watcher.fire('change', '/pack/deck.json');
    clock.advance(200);
    watcher.fire('add', '/pack/media/a.png');
    clock.advance(200);
    watcher.fire('add', '/pack/media/b.png');
    clock.advance(299);
    expect(reloads).toBe(0);
    clock.advance(1);
    expect(reloads).toBe(1);
    await watch.close();
    expect(watcher.closed).toBe(true);
  });

  it('never runs two reloads at once: a change during a reload asks for exactly one more', async () => {
    const clock = createManualClock(0);
    const watcher = fakeWatcher();
    const started: (() => void)[] = [];
    let running = 0;
    let most = 0;
    watchPack({
      dir: '/pack',
      clock,
      log: quietLog,
      debounceMs: 10,
      watch: () => watcher,
      reload: () =>
        new Promise<void>((resolve) => {
          most = Math.max(most, ++running);
          started.push(() => {
            running--;
            resolve();
          });
        }),
    });
    watcher.fire('change', '/pack/deck.json');
    clock.advance(10);
    watcher.fire('change', '/pack/deck.json');
    clock.advance(10);
    watcher.fire('change', '/pack/deck.json');
    clock.advance(10);
    expect(started).toHaveLength(1);
    started[0]();
    await expect.poll(() => started.length).toBe(2);
    started[1]();
    await Promise.resolve();
    expect(started).toHaveLength(2);
    expect(most).toBe(1);
  });

  it('after close, a late event reloads nothing', async () => {
    const clock = createManualClock(0);
    const watcher = fakeWatcher();
    let reloads = 0;
    const watch = watchPack({
      dir: '/pack',
      clock,
      log: quietLog,
      watch: () => watcher,
      reload: async () => void reloads++,
    });
    await watch.close();
    watcher.fire('change', '/pack/deck.json');
    clock.advance(10_000);
    expect(reloads).toBe(0);
  });

  it('with real chokidar, saving a file in the pack schedules the reload', async () => {
    const dir = await tmp('watch-');
    await writeFile(join(dir, 'deck.json'), '{}');
    const clock = createManualClock(0);
    let reloads = 0;
    const seen: string[] = [];
    const watch = watchPack({
      dir,
      clock,
      log: { info: (m) => seen.push(m), warn: (m) => seen.push(m) },
      reload: async () => void reloads++,
    });
    cleanup.push(() => watch.close());
    await watch.ready;
    await writeFile(join(dir, 'deck.json'), '{"changed":true}');
    await expect.poll(() => clock.pending(), { timeout: 10_000 }).toBe(1);
    clock.advance(1000);
    expect(reloads).toBe(1);
    expect(seen.some((m) => m.includes('deck.json'))).toBe(true);
  });
});

describe('placeAfterReload', () => {
  const deck = (ids: string[], locales = ['en', 'ru']) => ({ slides: ids.map((id) => ({ id })), locales });
  const before = { index: 1, locale: 'ru', paused: false };

  it('follows the slide by id when slides were inserted before it, and keeps the language', () => {
    expect(placeAfterReload(before, 'b', deck(['a', 'new', 'b']))).toEqual([
      { type: 'goto', index: 2 },
      { type: 'setLocale', locale: 'ru' },
    ]);
  });

  it('a removed slide or language is not asked for; a pause is kept', () => {
    expect(placeAfterReload({ ...before, paused: true }, 'b', deck(['a', 'c'], ['en']))).toEqual([{ type: 'pause' }]);
  });
});

describe('the runtime with --watch', () => {
  async function boot(settings: SettingsInput, contentDir: string | null, clock: ManualClock) {
    const userData = await tmp('watch-user-');
    const logs: string[] = [];
    const watchers: ReturnType<typeof fakeWatcher>[] = [];
    const runtime = await createMainRuntime({
      settings: Settings.parse({ analytics: false, ...settings }),
      settingsProblems: [],
      contentDir,
      bundledDir: BUNDLED_PACK,
      userData,
      clock,
      log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) },
      logPath: null,
      broadcast: () => undefined,
      leave: () => undefined,
      watchFolder: () => {
        const w = fakeWatcher();
        watchers.push(w);
        return w;
      },
    });
    cleanup.push(() => runtime.dispose());
    return { runtime, logs, watchers };
  }
  const titleOf = (runtime: MainRuntime) => runtime.core.snapshot().deck.slides[1];

  it('reloads the pack on the same slide; a broken save keeps the last valid deck and lists the problem; a fix clears it', async () => {
    const pack = await tmp('watch-pack-');
    const deck = minimalDeck();
    await writePack(pack, deck);
    const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
    const { runtime, watchers } = await boot({ mode: 'window', watch: true }, pack, clock);
    expect(runtime.liveWatch).not.toBeNull();
    const { core } = runtime;
    core.controller.dispatch({ type: 'goto', index: 1 });
    core.controller.dispatch({ type: 'setLocale', locale: 'ru' });

    const settle = async () => {
      watchers[0].fire('change', join(pack, 'deck.json'));
      clock.advance(1000);
      // The reload reads the disk: wait for its announcement, not for time.
      await new Promise<void>((resolve) => {
        const off = core.onSnapshot(() => {
          off();
          resolve();
        });
      });
    };

    (deck.slides[1] as unknown as { title: { en: string } }).title.en = 'Overseas plants, edited';
    await writeFile(join(pack, 'deck.json'), deckText(deck));
    await settle();
    expect(titleOf(runtime)).toMatchObject({ title: { en: 'Overseas plants, edited' } });
    expect(core.controller.getState()).toMatchObject({ index: 1, locale: 'ru' });
    expect(core.snapshot().liveProblems).toBeUndefined();

    await writeFile(
      join(pack, 'deck.json'),
      deckText({ ...deck, slides: [{ ...deck.slides[0], durationSeconds: 'ten' }] }),
    );
    await settle();
    const problems = core.snapshot().liveProblems ?? [];
    expect(problems.map((p) => `${p.file}:${p.path}`)).toContain('deck.json:slides[0].durationSeconds');
    expect(titleOf(runtime)).toMatchObject({ title: { en: 'Overseas plants, edited' } });
    expect(core.controller.getState()).toMatchObject({ index: 1, locale: 'ru' });

    await writeFile(join(pack, 'deck.json'), deckText(deck));
    await settle();
    expect(core.snapshot().liveProblems).toBeUndefined();
  });

  it('`--watch` on the command line turns it on', () => {
    expect(parseFlags(['--mode', 'window', '--content', '/pack', '--watch']).flags).toMatchObject({ watch: true });
    expect(parseFlags(['--wtach']).problems[0]?.message).toContain('did you mean --watch?');
  });

  it('is off in kiosk and present mode, and without a pack folder', async () => {
    const pack = await tmp('watch-pack-');
    await writePack(pack, minimalDeck());
    const clock = createManualClock(0);
    for (const mode of ['kiosk', 'present'] as const) {
      const { runtime, logs, watchers } = await boot({ mode, watch: true }, pack, clock);
      expect(runtime.liveWatch).toBeNull();
      expect(watchers).toHaveLength(0);
      expect(logs).toContain(`--watch is off in ${mode} mode (live preview is for window mode)`);
    }
    const { runtime } = await boot({ mode: 'window', watch: true }, null, clock);
    expect(runtime.liveWatch).toBeNull();
  });
});
