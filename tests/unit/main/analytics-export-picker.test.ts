/**
 * The analytics export's folder picker (src/main/analytics-export.ts): offered in window mode only,
 * it writes into the folder picked, saves nothing when cancelled, never opens in kiosk or present
 * mode, and wins over a drive named in the same action. Real temp folders, the real CSV reader and
 * runtime.ts's own writer (tests/support/analytics-export.ts).
 */
import { describe, expect, it } from 'vitest';
import { csvExportName } from '../../../src/main/core';
import { exportAnalytics } from '../../../src/main/analytics-export';
import { AT, setup, tmp } from '../../support/analytics-export';

describe('exportAnalytics', () => {
  describe('the folder picker', () => {
    const picker = (answer: string | null) => {
      let asked = 0;
      return {
        targets: {
          drives: () => [] as string[],
          pickFolder: async () => {
            asked++;
            return answer;
          },
        },
        asked: () => asked,
      };
    };

    it('in window mode: writes into the folder picked', async () => {
      const chosen = await tmp('picked-');
      const p = picker(chosen);
      const s = await setup({ mode: 'window', targets: p.targets });
      const result = await exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps);
      expect(result).toMatchObject({ ok: true, say: { values: { file: csvExportName(chosen, AT) } } });
      expect(p.asked()).toBe(1);
      expect(s.saveCalls).toEqual([chosen]);
    });

    it('cancelled: nothing is read or saved', async () => {
      const p = picker(null);
      const s = await setup({ mode: 'window', targets: p.targets });
      expect(await exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps)).toEqual({
        ok: false,
        message: 'no folder was chosen; nothing was saved',
        say: { id: 'resultExportCancelled' },
      });
      expect(s.reads()).toBe(0);
      expect(s.saveCalls).toEqual([]);
    });

    it('refused in kiosk and present mode, and where no picker is wired; the picker never opens', async () => {
      for (const mode of ['kiosk', 'present'] as const) {
        const p = picker('/tmp');
        const s = await setup({ mode, targets: p.targets });
        expect(await exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps)).toEqual({
          ok: false,
          message: 'the folder picker is only offered in window mode',
          say: { id: 'resultPickerWindowOnly' },
        });
        expect(p.asked()).toBe(0);
        expect(s.saveCalls).toEqual([]);
      }
      const s = await setup({ mode: 'window', targets: { drives: () => [] } });
      await expect(exportAnalytics({ type: 'exportAnalytics', picker: true }, s.deps)).resolves.toMatchObject({
        ok: false,
      });
    });

    it('the picker wins over a drive named in the same action; the drive is not checked', async () => {
      const chosen = await tmp('picked-');
      const p = picker(chosen);
      const s = await setup({ mode: 'window', targets: p.targets });
      const result = await exportAnalytics({ type: 'exportAnalytics', picker: true, drive: '/etc' }, s.deps);
      expect(result.ok).toBe(true);
      expect(s.saveCalls).toEqual([chosen]);
    });

    it('`picker: false` with no drive is the plain export to user data', async () => {
      const p = picker('/never');
      const s = await setup({ mode: 'window', targets: p.targets });
      expect((await exportAnalytics({ type: 'exportAnalytics', picker: false }, s.deps)).ok).toBe(true);
      expect(p.asked()).toBe(0);
      expect(s.saveCalls).toEqual([undefined]);
    });
  });
});
