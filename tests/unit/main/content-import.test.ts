/**
 * Import from removable media, on real temp folders: a valid pack replaces the current one and
 * the previous one is kept; a broken pack, a pack that vanishes mid-copy, a full disk (ENOSPC from
 * an injected fs) and a failed swap leave the current pack byte-for-byte as it was, with no staging
 * folder left behind; Roll back restores the previous pack. Then the same through the core's
 * operator actions, which accept only a folder main listed itself.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentPaths, importPack, nodeImportFs, rollBack, type ImportFs } from '../../../src/main/content-import';
import { renameFailsAt } from '../../support/operator-says';
import { createCore } from '../../../src/main/core';
import { loadPack } from '../../../src/main/content/load-pack';
import { Settings } from '../../../src/shared/settings.schema';
import type { OperatorStatus } from '../../../src/shared/ipc';
import { hashTree, minimalDeck, tempDir, writePack } from '../../support/make-pack';
import { quietCoreDeps } from '../../support/core-deps';
import { createManualClock } from '../../support/manual-clock';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
async function tmp(prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** User data with pack "playing-now" installed, and a stick with pack `stickId` on it. */
async function setup(stickId = 'from-the-stick') {
  const userData = await tmp('import-user-');
  const stick = await tmp('import-stick-');
  await writePack(contentPaths(userData).current, { ...minimalDeck(), id: 'playing-now' });
  await writePack(join(stick, 'pack'), { ...minimalDeck(), id: stickId });
  let at = 1000;
  return { userData, source: join(stick, 'pack'), deps: { userData, now: () => at++ } };
}

const deckId = async (dir: string) => {
  const loaded = await loadPack(dir);
  return loaded.ok ? loaded.value.deck.id : `broken: ${loaded.problems[0]?.message}`;
};
/** Everything left in user data, by name: no staging or aside folder may stay behind. */
const entries = async (dir: string) => (await readdir(dir)).sort();

describe('importPack', () => {
  it('a valid pack replaces the current one, the previous one is kept, and the stick is not written to', async () => {
    const { userData, source, deps } = await setup();
    const stickBefore = await hashTree(source);
    const result = await importPack(source, deps);
    expect(result).toMatchObject({ ok: true, deckId: 'from-the-stick' });
    expect(result.message).toContain('kept for Roll back');
    expect(await deckId(contentPaths(userData).current)).toBe('from-the-stick');
    expect(await deckId(contentPaths(userData).previous)).toBe('playing-now');
    expect(await entries(userData)).toEqual(['content', 'content.previous']);
    expect(await hashTree(source)).toEqual(stickBefore);
  });

  it('a broken pack is refused before anything is copied; the current pack is untouched', async () => {
    const { userData, source, deps } = await setup();
    await writePack(source, { ...minimalDeck(), slides: [] });
    const before = await hashTree(userData);
    const result = await importPack(source, deps);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/is not a valid pack: .*deck\.json:slides/);
    expect(result.message).toContain('the current content keeps playing');
    expect(await hashTree(userData)).toEqual(before);
  });

  it('a pack that vanishes mid-copy (the stick pulled out) leaves the current pack untouched', async () => {
    const { userData, source, deps } = await setup();
    const before = await hashTree(userData);
    // The real copy, but the stick's media vanish as soon as deck.json has been read.
    const vanishing: ImportFs = {
      ...nodeImportFs,
      cp: (from, to, options) =>
        nodeImportFs.cp(from, to, {
          ...options,
          filter: async (src) => {
            if (src.endsWith('deck.json')) await rm(join(source, 'media'), { recursive: true, force: true });
            return options.filter(src);
          },
        }),
    };
    const result = await importPack(source, { ...deps, fs: vanishing });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/was the drive removed\?/);
    expect(await hashTree(userData)).toEqual(before);
    expect(await entries(userData)).toEqual(['content']);
  });

  it('a full disk (ENOSPC half-way through the copy) leaves the current pack untouched and says so', async () => {
    const { userData, source, deps } = await setup();
    const before = await hashTree(userData);
    const full: ImportFs = {
      ...nodeImportFs,
      cp: async (from, to, options) => {
        await nodeImportFs.cp(from, to, options); // some bytes landed in staging …
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    const result = await importPack(source, { ...deps, fs: full });
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toContain(`the disk holding ${userData} is full (ENOSPC)`);
    expect(await hashTree(userData)).toEqual(before);
    expect(await entries(userData)).toEqual(['content']);
  });

  it('a rename that fails during the swap is undone: content is the old pack, never missing', async () => {
    const { userData, source, deps } = await setup();
    await importPack(source, deps); // now there is a previous pack too
    const before = await hashTree(userData);
    // previous → aside and current → previous work; staging → content fails.
    const result = await importPack(source, { ...deps, fs: renameFailsAt(3, 'EBUSY') });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('(EBUSY)');
    expect(await hashTree(userData)).toEqual(before);
    expect(await entries(userData)).toEqual(['content', 'content.previous']);
  });
});

describe('rollBack', () => {
  it('restores the previous pack; a second roll back undoes the first', async () => {
    const { userData, source, deps } = await setup();
    await importPack(source, deps);
    expect(await rollBack(deps)).toMatchObject({ ok: true, deckId: 'playing-now' });
    expect(await deckId(contentPaths(userData).current)).toBe('playing-now');
    expect(await deckId(contentPaths(userData).previous)).toBe('from-the-stick');
    expect(await rollBack(deps)).toMatchObject({ ok: true, deckId: 'from-the-stick' });
    expect(await entries(userData)).toEqual(['content', 'content.previous']);
  });

  it('without a previous pack, or with a broken one, nothing changes', async () => {
    const { userData, source, deps } = await setup();
    expect(await rollBack(deps)).toMatchObject({ ok: false, message: expect.stringContaining('no previous pack') });
    await importPack(source, deps);
    await writePack(contentPaths(userData).previous, '{ not json');
    const before = await hashTree(userData);
    expect(await rollBack(deps)).toMatchObject({ ok: false, message: expect.stringContaining('is broken') });
    expect(await hashTree(userData)).toEqual(before);
  });
});

describe('the operator actions in the core', () => {
  const WINDOW = { senderId: 1 };
  async function boot(mode: 'window' | 'kiosk', drives: string[], pickFolder?: () => Promise<string | null>) {
    const { userData, source } = await setup();
    const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
    const core = await createCore(
      await quietCoreDeps({
        settings: Settings.parse({ mode, analytics: false }),
        contentDir: contentPaths(userData).current,
        clock,
        contentImport: {
          userData,
          drivePacks: () => drives.map((dir) => ({ dir, drive: dir })),
          pickFolder,
        },
      }),
    );
    cleanup.push(() => core.dispose());
    expect(await core.handlers['operator:unlock'](WINDOW, '135790')).toMatchObject({ ok: true });
    const status = () => core.handlers['operator:status'](WINDOW) as OperatorStatus;
    return { core, userData, source, status };
  }

  it('imports a listed pack and plays it at once; Roll back plays the old one again', async () => {
    const booted = await boot('kiosk', []);
    const { core, source } = booted;
    const listed = await boot('kiosk', [source]);
    expect(listed.status().contentImport).toMatchObject({
      drivePacks: [{ dir: source }],
      previousPack: false,
      canPickFolder: false,
    });
    // Not listed: refused, whatever path the page names.
    expect(await core.handlers['operator:action'](WINDOW, { type: 'importContent', dir: source })).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a pack on a removable drive'),
    });
    expect(core.snapshot().deck.id).toBe('playing-now');

    const done = await listed.core.handlers['operator:action'](WINDOW, { type: 'importContent', dir: source });
    expect(done).toMatchObject({ ok: true, message: expect.stringContaining('now playing: from-the-stick') });
    expect(listed.core.snapshot().deck.id).toBe('from-the-stick');
    expect(listed.status().contentImport).toMatchObject({
      previousPack: true,
      lastResult: expect.stringContaining('imported'),
    });

    await listed.core.handlers['operator:action'](WINDOW, { type: 'rollbackContent' });
    expect(listed.core.snapshot().deck.id).toBe('playing-now');
  });

  it('a failed import keeps the current deck playing and the panel says why', async () => {
    const stick = await tmp('import-broken-stick-');
    await writePack(stick, '{ broken');
    const { core, userData, status } = await boot('window', [stick]);
    const before = await hashTree(userData);
    const result = await core.handlers['operator:action'](WINDOW, { type: 'importContent', dir: stick });
    expect(result.ok).toBe(false);
    expect(core.snapshot()).toMatchObject({ status: 'ok', deck: { id: 'playing-now' } });
    expect(status().contentImport).toMatchObject({
      previousPack: false,
      lastResult: expect.stringContaining('is not a valid pack'),
    });
    expect(await hashTree(userData)).toEqual(before);
  });

  it('the folder picker imports in window mode only', async () => {
    const windowed = await boot('window', [], async () => null);
    expect(windowed.status().contentImport?.canPickFolder).toBe(true);
    expect(await windowed.core.handlers['operator:action'](WINDOW, { type: 'importContentFromPicker' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('no folder was chosen'),
    });
    const picked = await boot('window', [], async () => picked.source);
    expect(await picked.core.handlers['operator:action'](WINDOW, { type: 'importContentFromPicker' })).toMatchObject({
      ok: true,
    });
    expect(picked.core.snapshot().deck.id).toBe('from-the-stick');

    let asked = 0;
    const kiosk = await boot('kiosk', [], async () => {
      asked++;
      return kiosk.source;
    });
    expect(await kiosk.core.handlers['operator:action'](WINDOW, { type: 'importContentFromPicker' })).toMatchObject({
      ok: false,
    });
    expect(asked).toBe(0);
    expect(kiosk.core.snapshot().deck.id).toBe('playing-now');
  });
});
