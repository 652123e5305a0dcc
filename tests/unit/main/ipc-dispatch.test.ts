import { describe, expect, it, vi, type Mock } from 'vitest';
import { dispatchInvoke, IpcRefusal, isInvokeChannel, type DispatchDeps } from '../../../src/main/ipc-dispatch';
import { broadcast, senderInfoOf, setupIpc } from '../../../src/main/ipc';
import type { SenderInfo } from '../../../src/main/sender-guard';
import { initialDeckState } from '../../../src/shared/deck';
import type { InvokeChannel, InvokeHandlers } from '../../../src/shared/ipc';
import { invokeArgs } from '../../../src/shared/ipc.schema';
import { createFakeIpcMain, fakeInvokeEvent, FakeWebContents } from '../../support/electron-fakes';

const STATE = initialDeckState({
  mode: 'kiosk',
  slideCount: 3,
  locales: ['en'],
  defaultLocale: 'en',
  countdownSeconds: 10,
});
const TRUSTED: SenderInfo = {
  webContentsId: 7,
  frameUrl: 'app://showcase/index.html?role=audience',
  isMainFrame: true,
};

const CTX = { senderId: 7 };

/** A spy handler for every channel of the contract (whatever channels it grows). */
function deps() {
  const handlers = Object.fromEntries(
    Object.keys(invokeArgs).map((channel) => [channel, vi.fn(() => (channel === 'deck:command' ? STATE : undefined))]),
  ) as unknown as Record<InvokeChannel, Mock> & InvokeHandlers;
  const refusals: string[] = [];
  const d: DispatchDeps = { handlers, trustedIds: () => new Set([7]), onRefused: (r) => refusals.push(r) };
  const called = () => Object.values(handlers).some((h) => (h as Mock).mock.calls.length > 0);
  return { d, handlers, refusals, called };
}

describe('dispatchInvoke', () => {
  it('runs the handler with the parsed arguments for a trusted, valid call', async () => {
    const { d, handlers, refusals } = deps();
    await expect(dispatchInvoke('deck:command', [{ type: 'goto', index: 2 }], TRUSTED, d)).resolves.toBe(STATE);
    expect(handlers['deck:command']).toHaveBeenCalledWith(CTX, { type: 'goto', index: 2 });
    await dispatchInvoke('deck:get', [], TRUSTED, d);
    expect(handlers['deck:get']).toHaveBeenCalledWith(CTX);
    await dispatchInvoke('view:report', [{ level: 'error', message: 'boom', slideId: 'map' }], TRUSTED, d);
    expect(handlers['view:report']).toHaveBeenCalledWith(CTX, { level: 'error', message: 'boom', slideId: 'map' });
    expect(refusals).toEqual([]);
  });

  it('passes the parsed value, not the object the renderer sent (unknown keys stripped)', async () => {
    const { d, handlers } = deps();
    await dispatchInvoke('deck:command', [{ type: 'next', __proto__x: 1, extra: 'x' }], TRUSTED, d);
    expect(handlers['deck:command'].mock.calls[0]).toEqual([CTX, { type: 'next' }]);
  });

  it('refuses an unknown channel', async () => {
    const { d, refusals, called } = deps();
    for (const channel of ['deck:delete', 'toString', '__proto__', 'constructor', ''])
      await expect(dispatchInvoke(channel, [], TRUSTED, d), channel).rejects.toBeInstanceOf(IpcRefusal);
    expect(called()).toBe(false);
    expect(refusals[0]).toBe('deck:delete: unknown channel');
  });

  it('refuses an untrusted sender before any handler runs', async () => {
    const { d, refusals, called } = deps();
    const senders: SenderInfo[] = [
      { ...TRUSTED, webContentsId: 99 },
      { ...TRUSTED, isMainFrame: false },
      { ...TRUSTED, frameUrl: 'https://evil.example/' },
      { ...TRUSTED, frameUrl: 'app://showcase.evil/' },
      { ...TRUSTED, frameUrl: null },
    ];
    for (const sender of senders)
      await expect(dispatchInvoke('deck:command', [{ type: 'next' }], sender, d)).rejects.toThrow(/refused: untrusted/);
    expect(called()).toBe(false);
    expect(refusals).toHaveLength(senders.length);
    expect(refusals[2]).toContain('https://evil.example/');
    expect(refusals[4]).toContain('(no frame)');
  });

  it('checks the sender before the arguments (no validation work for strangers)', async () => {
    const { d, refusals } = deps();
    await expect(
      dispatchInvoke('deck:command', [{ type: 'nope' }], { ...TRUSTED, webContentsId: 1 }, d),
    ).rejects.toThrow(/untrusted/);
    expect(refusals[0]).toMatch(/untrusted/);
  });

  it('refuses invalid arguments', async () => {
    const { d, refusals, called } = deps();
    const bad: [string, unknown[]][] = [
      ['deck:command', [{ type: 'goto', index: -1 }]],
      ['deck:command', [{ type: 'goto', index: 1.5 }]],
      ['deck:command', [{ type: 'goto', index: '2' }]],
      ['deck:command', [{ type: 'setLocale', locale: 123 }]],
      ['deck:command', [{ type: 'tick' }]],
      ['deck:command', [{ type: 'reset' }]],
      ['deck:command', [{ type: 'setOpen', open: false }]],
      ['deck:command', [{ type: 'shutdown' }]],
      ['deck:command', []],
      ['deck:command', [{ type: 'next' }, { type: 'next' }]],
      ['deck:get', ['extra']],
      ['view:report', [{ level: 'fatal', message: 'x' }]],
      ['view:report', [{ level: 'info', message: 'x'.repeat(2001) }]],
    ];
    for (const [channel, args] of bad)
      await expect(dispatchInvoke(channel, args, TRUSTED, d), JSON.stringify(args)).rejects.toThrow(
        /refused: invalid argument/,
      );
    expect(called()).toBe(false);
    expect(refusals).toHaveLength(bad.length);
  });

  it('tells onRefused why, with the channel, and keeps internals out of the thrown message', async () => {
    const { d, refusals } = deps();
    const error = await dispatchInvoke('deck:command', [{ type: 'goto', index: -1 }], TRUSTED, d).catch(
      (e: Error) => e,
    );
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(/^deck:command: invalid argument /);
    expect((error as Error).message).toMatch(/^refused: /);
  });

  it('asks for the trusted ids on every call (windows come and go)', async () => {
    const { d } = deps();
    let ids = new Set<number>();
    d.trustedIds = () => ids;
    await expect(dispatchInvoke('deck:get', [], TRUSTED, d)).rejects.toBeInstanceOf(IpcRefusal);
    ids = new Set([7]);
    await dispatchInvoke('deck:get', [], TRUSTED, d);
    expect(d.handlers['deck:get']).toHaveBeenCalledTimes(1);
  });
});

describe('isInvokeChannel', () => {
  it('knows exactly the contract channels, not inherited names', () => {
    for (const c of Object.keys(invokeArgs)) expect(isInvokeChannel(c)).toBe(true);
    for (const c of ['toString', 'hasOwnProperty', '__proto__', 'deck']) expect(isInvokeChannel(c)).toBe(false);
  });
});

describe('senderInfoOf', () => {
  it('reads id, frame URL and whether the frame is the main frame', () => {
    expect(senderInfoOf(fakeInvokeEvent(7, 'app://showcase/'))).toEqual({
      webContentsId: 7,
      frameUrl: 'app://showcase/',
      isMainFrame: true,
    });
    expect(senderInfoOf(fakeInvokeEvent(7, 'app://showcase/', false)).isMainFrame).toBe(false);
    expect(senderInfoOf(fakeInvokeEvent(7, null))).toEqual({
      webContentsId: 7,
      frameUrl: null,
      isMainFrame: false,
    });
  });
});

describe('setupIpc', () => {
  it('registers every contract channel, each behind the guard, and removes them all', async () => {
    const ipcMain = createFakeIpcMain();
    const { d, handlers, refusals } = deps();
    const remove = setupIpc({ ...d, ipcMain });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeArgs).sort());

    await ipcMain.invoke('deck:command', fakeInvokeEvent(7, 'app://showcase/index.html'), { type: 'next' });
    expect(handlers['deck:command']).toHaveBeenCalledWith(CTX, { type: 'next' });

    await expect(
      ipcMain.invoke('deck:command', fakeInvokeEvent(7, 'app://showcase/index.html', false), { type: 'next' }),
    ).rejects.toBeInstanceOf(IpcRefusal);
    await expect(ipcMain.invoke('deck:get', fakeInvokeEvent(99, 'app://showcase/'))).rejects.toBeInstanceOf(IpcRefusal);
    expect(handlers['deck:get']).not.toHaveBeenCalled();
    expect(refusals).toHaveLength(2);

    remove();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('broadcast', () => {
  it('sends the typed event to each live window and skips destroyed ones', () => {
    const a = new FakeWebContents();
    const b = new FakeWebContents();
    b.destroyed = true;
    broadcast([a, b], 'deck:state', STATE);
    expect(a.sent).toEqual([['deck:state', STATE]]);
    expect(b.sent).toEqual([]);
  });
});
