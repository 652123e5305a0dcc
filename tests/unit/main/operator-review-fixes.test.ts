/**
 * The review fixes of issue 16 through main's own composition, each outcome said in every
 * operator locale (see operator-result-says.test.ts): a removable-drive listing that throws,
 * "Open now" with no opening hours, an export to a stick that was pulled out, the export picker
 * outside window mode.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportAnalytics } from '../../../src/main/analytics-export';
import { createMainRuntime } from '../../../src/main/runtime';
import type { OperatorActionResult, OperatorStatus } from '../../../src/shared/ipc';
import { Settings } from '../../../src/shared/settings.schema';
import { boot, PIN, WINDOW } from '../../support/core-boot';
import { BUNDLED_PACK } from '../../support/make-pack';
import { createManualClock } from '../../support/manual-clock';
import { afterTest, check, cleanUp, seen, setup, tmp } from '../../support/operator-says';

afterEach(cleanUp);

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
    afterTest(() => runtime.dispose());
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
    ['drivesUnreadable', 'exportFolderGone', 'resultAlwaysOpen', 'resultPickerWindowOnly'].sort(),
  );
});
