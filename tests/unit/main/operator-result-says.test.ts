/**
 * Every content import and roll back outcome, every new export refusal and "Open now" with no
 * opening hours reach the operator panel as a catalogue message (`say`), not only as English:
 * each outcome is produced for real (temp folders, injected file-system failures, the core's
 * operator actions), and its `say` must name an id every operator catalogue has and render with
 * its values in every operator locale, showing each path, id and count it was given. The English
 * `message` stays for the log. Then the review fixes through main's own composition: a listing
 * that throws, "Open now" with no hours, an export to a stick that was pulled out.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runContentImport, type ContentImportDeps } from '../../../src/main/content-import-action';
import { contentPaths, importPack, nodeImportFs, rollBack, type ImportFs } from '../../../src/main/content-import';
import { exportAnalytics } from '../../../src/main/analytics-export';
import { createMainRuntime } from '../../../src/main/runtime';
import { compileMessage } from '../../../src/shared/messages';
import { OPERATOR_CATALOGUES } from '../../../src/shared/messages/operator-catalogues';
import { OPERATOR_LOCALES } from '../../../src/shared/messages/operator-messages';
import type { OperatorAction, OperatorActionResult, OperatorStatus, OperatorSay } from '../../../src/shared/ipc';
import { Settings } from '../../../src/shared/settings.schema';
import { boot, PIN, WINDOW } from '../../support/core-boot';
import { BUNDLED_PACK, minimalDeck, tempDir, writePack } from '../../support/make-pack';
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

/** User data playing pack "playing-now", and a stick with pack "from-the-stick". */
async function setup() {
  const userData = await tmp('says-user-');
  const stick = await tmp('says-stick-');
  await writePack(contentPaths(userData).current, { ...minimalDeck(), id: 'playing-now' });
  await writePack(join(stick, 'pack'), { ...minimalDeck(), id: 'from-the-stick' });
  let at = 1000;
  return { userData, source: join(stick, 'pack'), deps: { userData, now: () => at++ } };
}

const failing = (code: string): ImportFs => ({
  ...nodeImportFs,
  cp: () => Promise.reject(Object.assign(new Error(`simulated ${code}`), { code })),
});

/**
 * The say renders in every locale: the id is in each catalogue, the values fill every argument
 * (intl-messageformat throws on a missing one), no ICU syntax is left, and each path, id or count
 * given shows in the text (Arabic digits are pinned to Latin ones; a count a language says in
 * words, like Arabic's one and two, is not looked for as digits).
 */
function expectRendersEverywhere(say: OperatorSay | undefined, label: string) {
  expect(say, `${label}: a say`).toBeDefined();
  const { id, values = {} } = say!;
  for (const locale of OPERATOR_LOCALES) {
    const catalogue: Record<string, string> = OPERATOR_CATALOGUES[locale];
    expect(Object.hasOwn(catalogue, id), `${label}: ${id} in ${locale}`).toBe(true);
    const text = String(compileMessage(catalogue[id], locale).format(values));
    expect(text, `${label} in ${locale}`).not.toMatch(/[{}]/);
    for (const [name, value] of Object.entries(values)) {
      if (name === 'kept') continue; // a select key, said in words
      // Arabic says one, two (and zero) in words: "مشكلة واحدة" is "one problem".
      if (typeof value === 'number' && ['zero', 'one', 'two'].includes(new Intl.PluralRules(locale).select(value)))
        continue;
      expect(text, `${label} in ${locale} shows ${name}`).toContain(String(value));
    }
  }
}

/** Every outcome produced below, by the id it carries. */
const seen = new Map<string, OperatorSay>();
function check(result: { message: string; say?: OperatorSay }, id: string, label = id) {
  expect(result.say?.id, label).toBe(id);
  expect(result.message, `${label}: English for the log`).toMatch(/\w/);
  expectRendersEverywhere(result.say, label);
  seen.set(id, result.say!);
}

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

    let renames = 0;
    const flaky: ImportFs = {
      ...nodeImportFs,
      rename: async (from, to) => {
        if (++renames === 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        return nodeImportFs.rename(from, to);
      },
    };
    const swap = await importPack(source, { ...deps, fs: flaky });
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

describe('review fixes', () => {
  it('a removable-drive listing that throws: the status shows no drive and no pack, logged; nothing rejects', async () => {
    const { userData } = await setup();
    const throwing = () => {
      throw new Error('EIO: /media unreadable');
    };
    const { core, logs } = await boot(
      { mode: 'kiosk' },
      {
        analyticsDir: await tmp('says-analytics-'),
        contentImport: { userData, drivePacks: throwing },
        exportTargets: { drives: throwing },
      },
    );
    await core.handlers['operator:unlock'](WINDOW, PIN);
    const status = core.handlers['operator:status'](WINDOW) as OperatorStatus;
    expect(status.exportTargets).toEqual({ drives: [], canPickFolder: false });
    expect(status.contentImport?.drivePacks).toEqual([]);
    expect(logs).toEqual(
      expect.arrayContaining([
        'warn analytics export: the removable drives could not be listed (EIO: /media unreadable)',
        'warn content import: the removable drives could not be listed (EIO: /media unreadable)',
      ]),
    );
    const exported = (await core.handlers['operator:action'](WINDOW, {
      type: 'exportAnalytics',
      drive: '/media/u/STICK',
    })) as OperatorActionResult;
    check(exported, 'drivesUnreadable', 'export: drivesUnreadable');
    const imported = (await core.handlers['operator:action'](WINDOW, {
      type: 'importContent',
      dir: '/media/u/STICK/pack',
    })) as OperatorActionResult;
    check(imported, 'drivesUnreadable', 'import: drivesUnreadable');
    expect(logs.filter((l) => l.startsWith('warn') && l.includes('could not be listed')).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('"Open now" with no opening hours changes nothing, stores no override, and says why', async () => {
    const { core, logs } = await boot({ mode: 'kiosk' });
    await core.handlers['operator:unlock'](WINDOW, PIN);
    const act = (open: boolean | null) =>
      core.handlers['operator:action'](WINDOW, { type: 'setOpenOverride', open }) as Promise<OperatorActionResult>;
    const hours = () => (core.handlers['operator:status'](WINDOW) as OperatorStatus).hours;
    const logged = logs.length;
    const result = await act(true);
    check(result, 'resultAlwaysOpen');
    expect(result.ok).toBe(true);
    expect(hours()).toMatchObject({ scheduled: false, open: true, override: null });
    expect(logs.slice(logged).filter((l) => l.includes('opening hours'))).toEqual([]);

    // After "Close now" (which does hold until undone), "Open now" undoes it without an override of its own.
    expect(await act(false)).toMatchObject({ say: { id: 'resultClosed' } });
    expect(hours()).toMatchObject({ open: false, override: { open: false, until: null } });
    expect(await act(true)).toMatchObject({ say: { id: 'resultOpened' } });
    expect(hours()).toMatchObject({ open: true, override: null });
  });

  it('an export to a stick pulled out (its mount path gone): refused in words, nothing created there', async () => {
    const userData = await tmp('says-runtime-');
    const media = await tmp('says-media-');
    const gone = join(media, 'STICK');
    const clock = createManualClock(Date.UTC(2026, 0, 5, 9));
    const runtime = await createMainRuntime({
      settings: Settings.parse({ mode: 'window' }),
      settingsProblems: [],
      contentDir: null,
      bundledDir: BUNDLED_PACK,
      userData,
      clock,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      logPath: null,
      broadcast: () => undefined,
      leave: () => undefined,
      exportDrives: () => [gone],
    });
    cleanup.push(() => runtime.dispose());
    expect(await runtime.core.handlers['operator:unlock'](WINDOW, '000000')).toMatchObject({ ok: true });
    const result = (await runtime.core.handlers['operator:action'](WINDOW, {
      type: 'exportAnalytics',
      drive: gone,
    })) as OperatorActionResult;
    check(result, 'exportFolderGone');
    expect(result).toMatchObject({ ok: false, say: { values: { dir: gone } } });
    expect(await readdir(media)).toEqual([]);
    // User data's own exports folder is still made when missing.
    const home = (await runtime.core.handlers['operator:action'](WINDOW, {
      type: 'exportAnalytics',
    })) as OperatorActionResult;
    expect(home).toMatchObject({ ok: true, say: { id: 'resultExported' } });
    expect(await readdir(join(userData, 'exports'))).toHaveLength(1);
  });

  it('exportAnalytics’ picker refusal is said too', async () => {
    const result = await exportAnalytics(
      { type: 'exportAnalytics', picker: true },
      {
        analytics: { exportCsv: async () => ({ csv: '', rows: 0, corrupt: 0 }) },
        saveCsv: async () => '',
        mode: 'kiosk',
        log: { warn: () => undefined },
      },
    );
    check(result, 'resultPickerWindowOnly', 'export: resultPickerWindowOnly');
  });
});

it('every id main sends for these outcomes was produced and checked above', () => {
  expect([...seen.keys()].sort()).toEqual(
    [
      'drivesUnreadable',
      'exportFolderGone',
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
      'resultAlwaysOpen',
      'resultPickerWindowOnly',
      'rollbackBroken',
      'rollbackDone',
      'rollbackFailed',
      'rollbackNone',
    ].sort(),
  );
});
