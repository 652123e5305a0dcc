/**
 * startApp(deps) with `--set-pin`: the PIN read from stdin is stored in user data, no window
 * opens, and the kiosk booted afterwards unlocks with that PIN only; without it the kiosk has no
 * PIN and refuses every unlock. Recording fakes of every Electron object
 * (tests/support/wiring-boot.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app';
import { createFakeElectron, fakeInvokeEvent } from '../../support/electron-fakes';
import { boot, MAIN_DIR, userData } from '../../support/wiring-boot';

describe('--set-pin', () => {
  it('stores the PIN read from stdin, opens no window and exits 0; the kiosk then unlocks with it and only with it', async () => {
    const { Readable, PassThrough } = await import('node:stream');
    const fakes = createFakeElectron({ userData });
    const output = new PassThrough();
    const runtime = await startApp(
      fakes.deps({
        argv: ['--set-pin'],
        mainDir: MAIN_DIR,
        terminal: { input: Readable.from(['246813\n']), output, isTTY: false },
      }),
    );
    expect(runtime).toBeNull();
    expect(fakes.app.ended).toEqual({ via: 'exit', code: 0 });
    expect(fakes.BrowserWindow.instances).toHaveLength(0);
    expect(existsSync(join(userData, 'operator-pin.json'))).toBe(true);

    const kiosk = await boot();
    const win = kiosk.BrowserWindow.instances[0];
    const unlock = (pin: string) =>
      kiosk.ipcMain.invoke('operator:unlock', fakeInvokeEvent(win.webContents.id, 'app://showcase/index.html'), pin);
    await expect(unlock('111111')).resolves.toMatchObject({ ok: false });
    await expect(unlock('246813')).resolves.toMatchObject({ ok: true });
  });

  it('control: without --set-pin the kiosk has no PIN and refuses every unlock', async () => {
    const kiosk = await boot();
    const win = kiosk.BrowserWindow.instances[0];
    await expect(
      kiosk.ipcMain.invoke(
        'operator:unlock',
        fakeInvokeEvent(win.webContents.id, 'app://showcase/index.html'),
        '246813',
      ),
    ).resolves.toMatchObject({ ok: false, reason: 'no-pin' });
  });
});
