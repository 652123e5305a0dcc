/**
 * Every content import and roll back outcome, every new export refusal and "Open now" with no
 * opening hours reach the operator panel as a catalogue message (`say`), not only as English:
 * each outcome is produced for real (temp folders, injected file-system failures, the core's
 * operator actions), and its `say` must name an id every operator catalogue has and render with
 * its values in every operator locale, showing each path, id and count it was given. The English
 * `message` stays for the log. The review fixes (a listing that throws, "Open now" with no hours,
 * an export to a stick pulled out) are in operator-review-fixes.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runContentImport, type ContentImportDeps } from '../../../src/main/content-import-action';
import { contentPaths, importPack, nodeImportFs, rollBack, type ImportFs } from '../../../src/main/content-import';
import { compileMessage } from '../../../src/shared/messages';
import { OPERATOR_CATALOGUES } from '../../../src/shared/messages/operator-catalogues';
import type { OperatorAction, OperatorActionResult, OperatorStatus } from '../../../src/shared/ipc';
import { boot, PIN, WINDOW } from '../../support/core-boot';
import { minimalDeck, writePack } from '../../support/make-pack';
import { check, cleanUp, failing, seen, setup, tmp, renameFailsAt } from '../../support/operator-says';

afterEach(cleanUp);

describe('import and roll back outcomes carry a say that renders in every operator locale', () => {
  it('importPack: done (with and without a pack kept) and every refusal', async () => {
    const { userData, source, deps } = await setup();
    const broken = await tmp('says-broken-');
    await writePack(broken, { ...minimalDeck(), slides: [] });
    const invalid = await importPack(broken, deps);
    check(invalid, 'importInvalid');
    expect(invalid.say.values).toMatchObject({ source: broken, count: expect.any(Number) });
    expect(invalid.message).toContain('the current content keeps playing');

    check(await importPack(source, { ...deps, fs: failing('ENOSPC') }), 'importDiskFull');
    check(await importPack(source, { ...deps, fs: failing('ENOENT') }), 'importFilesVanished');
    check(await importPack(source, { ...deps, fs: failing('EACCES') }), 'importNoPermission');
    check(await importPack(source, { ...deps, fs: failing('EIO') }), 'importDriveUnreadable');
    check(await importPack(source, { ...deps, fs: failing('EXDEV') }), 'importCopyFailed');

    // The stick's pack checks out, but the copy in staging does not (pulled out mid-copy).
    const copyBroken = await importPack(source, {
      ...deps,
      validate: async (dir) =>
        dir === source
          ? { ok: true, value: { deck: { id: 'from-the-stick' } } as never, warnings: [] }
          : { ok: false, problems: [{ file: 'deck.json', path: '', message: 'missing', severity: 'error' }] },
    });
    check(copyBroken, 'importCopyBroken');
    expect(copyBroken.say.values).toMatchObject({ count: 1, first: 'deck.json: missing' });

    const done = await importPack(source, deps);
    check(done, 'importDone', 'importDone, the replaced pack kept');
    expect(done.say.values).toMatchObject({
      deck: 'from-the-stick',
      kept: 'yes',
      target: contentPaths(userData).current,
    });

    const swap = await importPack(source, { ...deps, fs: renameFailsAt(3, 'EBUSY') });
    check(swap, 'importSwapFailed');
    expect(swap.say.values).toMatchObject({ code: 'EBUSY' });

    const empty = await tmp('says-empty-user-');
    const first = await importPack(source, { ...deps, userData: empty });
    check(first, 'importDone', 'importDone, nothing to keep');
    expect(first.say.values).toMatchObject({ kept: 'no' });
  });

  it('the English text of "kept" differs from "nothing kept" (the select is not dead)', () => {
    const english = (kept: string) =>
      String(
        compileMessage(OPERATOR_CATALOGUES.en.importDone, 'en').format({
          deck: 'd',
          source: 's',
          target: 't',
          kept,
          playing: 'd',
        }),
      );
    expect(english('yes')).toContain('kept for Roll back');
    expect(english('no')).not.toContain('kept for Roll back');
  });

  it('rollBack: none, broken, failed, done', async () => {
    const { userData, source, deps } = await setup();
    check(await rollBack(deps), 'rollbackNone');
    await importPack(source, deps);
    const rolledBack = await rollBack(deps);
    check(rolledBack, 'rollbackDone');
    expect(rolledBack.say.values).toEqual({ deck: 'playing-now', playing: 'playing-now' });

    const refusing: ImportFs = {
      ...nodeImportFs,
      rename: () => Promise.reject(Object.assign(new Error('locked'), { code: 'EPERM' })),
    };
    check(await rollBack({ ...deps, fs: refusing }), 'rollbackFailed');

    await writePack(contentPaths(userData).previous, '{ not json');
    const broken = await rollBack(deps);
    check(broken, 'rollbackBroken');
    expect(broken.say.values).toMatchObject({ dir: contentPaths(userData).previous });
  });

  it('runContentImport: the picker outside window mode, no folder chosen, a path not listed, a listing that throws', async () => {
    const { userData, source } = await setup();
    const base: ContentImportDeps = { userData, drivePacks: () => [], pickFolder: async () => null };
    const run = (
      action: Parameters<typeof runContentImport>[0],
      deps: Partial<ContentImportDeps> = {},
      mode = 'window',
    ) => runContentImport(action, { ...base, ...deps, mode: mode as 'window', now: () => 1 });
    check(await run({ type: 'importContentFromPicker' }, {}, 'kiosk'), 'resultPickerWindowOnly');
    check(await run({ type: 'importContentFromPicker' }), 'importNoFolder');
    const notListed = await run({ type: 'importContent', dir: source });
    check(notListed, 'importNotListed');
    expect(notListed.message).toContain('is not a pack on a removable drive');

    const unreadable = await run(
      { type: 'importContent', dir: source },
      {
        drivePacks: () => {
          throw new Error('EIO: /media unreadable');
        },
      },
    );
    check(unreadable, 'drivesUnreadable');
    expect(unreadable).toMatchObject({ ok: false, say: { values: { reason: 'EIO: /media unreadable' } } });
  });

  it('through the core: done says what plays now, the panel’s last result carries the say, and a failure too', async () => {
    const { userData, source } = await setup();
    const broken = await tmp('says-broken-');
    await writePack(broken, { ...minimalDeck(), slides: [] });
    const { core } = await boot(
      { mode: 'kiosk' },
      {
        contentDir: contentPaths(userData).current,
        contentImport: { userData, drivePacks: () => [source, broken].map((dir) => ({ dir, drive: dir })) },
      },
    );
    await core.handlers['operator:unlock'](WINDOW, PIN);
    const act = (action: OperatorAction) =>
      core.handlers['operator:action'](WINDOW, action) as Promise<OperatorActionResult>;
    const status = () => core.handlers['operator:status'](WINDOW) as OperatorStatus;

    const done = await act({ type: 'importContent', dir: source });
    check(done, 'importDone', 'importDone through the core');
    expect(done.say?.values).toMatchObject({ deck: 'from-the-stick', playing: 'from-the-stick' });
    expect(String(compileMessage(OPERATOR_CATALOGUES.en.importDone, 'en').format(done.say!.values))).toContain(
      'now playing: from-the-stick',
    );
    expect(status().contentImport).toMatchObject({
      lastResult: expect.stringContaining('imported "from-the-stick"'),
      lastResultSay: done.say,
    });

    const back = await act({ type: 'rollbackContent' });
    check(back, 'rollbackDone', 'rollbackDone through the core');
    expect(back.say?.values).toMatchObject({ playing: 'playing-now' });

    const refused = await act({ type: 'importContent', dir: broken });
    expect(refused).toMatchObject({ ok: false, say: { id: 'importInvalid' } });
    expect(status().contentImport?.lastResultSay).toEqual(refused.say);
  });

  it('through the core: importing where it is not wired is said too', async () => {
    const { core } = await boot({ mode: 'kiosk' });
    await core.handlers['operator:unlock'](WINDOW, PIN);
    check(
      (await core.handlers['operator:action'](WINDOW, { type: 'rollbackContent' })) as OperatorActionResult,
      'importUnavailable',
    );
  });
});

it('every id main sends for these outcomes was produced and checked above', () => {
  expect([...seen.keys()].sort()).toEqual(
    [
      'drivesUnreadable',
      'importCopyBroken',
      'importCopyFailed',
      'importDiskFull',
      'importDone',
      'importDriveUnreadable',
      'importFilesVanished',
      'importInvalid',
      'importNoFolder',
      'importNoPermission',
      'importNotListed',
      'importSwapFailed',
      'importUnavailable',
      'resultPickerWindowOnly',
      'rollbackBroken',
      'rollbackDone',
      'rollbackFailed',
      'rollbackNone',
    ].sort(),
  );
});
