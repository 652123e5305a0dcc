/**
 * Main's core, the operator's side: the gate on the IPC handlers, setting the PIN from the
 * overlay, and reloading content (a pack fixed on disk, new durations). Booted as in core.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OperatorLocked } from '../../../src/main/operator';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import { minimalDeck, writePack } from '../../support/make-pack';
import { boot, PIN, tmp, WINDOW } from '../../support/core-boot';
import { memoryPinStore } from '../../support/pin-seed';

describe('operator gate on the IPC handlers', () => {
  it('operator:status and operator:action are refused before unlock', async () => {
    const { core, exits } = await boot({ mode: 'kiosk' });
    expect(() => core.handlers['operator:status'](WINDOW)).toThrow(OperatorLocked);
    await expect(core.handlers['operator:action'](WINDOW, { type: 'exit' })).rejects.toThrow(OperatorLocked);
    expect(exits).toBe(0);
  });

  it('a kiosk with no PIN refuses every unlock (no-pin), so exit never runs', async () => {
    const booted = await boot({ mode: 'kiosk' }, { pins: await memoryPinStore() });
    expect(await booted.core.handlers['operator:unlock'](WINDOW, '')).toMatchObject({ ok: false, reason: 'no-pin' });
    await expect(booted.core.handlers['operator:action'](WINDOW, { type: 'exit' })).rejects.toThrow(OperatorLocked);
    expect(booted.exits).toBe(0);
    expect(booted.logs).toContain('warn operator unlock refused: no-pin');
  });

  it('after unlock (no PIN set, window mode) the status says so and shows health and the log path', async () => {
    const { core, clock } = await boot({ mode: 'window' }, { pins: await memoryPinStore() });
    expect(await core.handlers['operator:unlock'](WINDOW, '')).toEqual({ ok: true, pinSet: false });
    clock.advance(90_000);
    expect(core.handlers['operator:status'](WINDOW)).toMatchObject({
      pinSet: false,
      contentStatus: 'ok',
      contentOrigin: 'bundled',
      uptimeSeconds: 90,
      restarts: 2,
      logPath: '/logs/main.log',
      paused: false,
    });
    // Another window is still refused.
    expect(() => core.handlers['operator:status']({ senderId: 8 })).toThrow(OperatorLocked);
  });

  it('pause and exit run once unlocked', async () => {
    const booted = await boot({ mode: 'kiosk' });
    await booted.core.handlers['operator:unlock'](WINDOW, PIN);
    await expect(booted.core.handlers['operator:action'](WINDOW, { type: 'pause' })).resolves.toMatchObject({
      ok: true,
      message: 'paused',
    });
    expect(booted.core.controller.getState().paused).toBe(true);
    await booted.core.handlers['operator:action'](WINDOW, { type: 'exit' });
    expect(booted.exits).toBe(1);
  });
});

describe('setPin', () => {
  it('once set from the overlay (window mode), the next unlock needs the PIN and status says so', async () => {
    const { core } = await boot({ mode: 'window' }, { pins: await memoryPinStore() });
    await core.handlers['operator:unlock'](WINDOW, '');
    await expect(core.handlers['operator:action'](WINDOW, { type: 'setPin', pin: '864200' })).resolves.toMatchObject({
      ok: true,
      message: 'PIN saved',
    });
    expect(core.handlers['operator:status'](WINDOW)).toMatchObject({ pinSet: true });
    core.handlers['operator:lock'](WINDOW);
    expect(await core.handlers['operator:unlock'](WINDOW, '')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await core.handlers['operator:unlock'](WINDOW, '864200')).toEqual({ ok: true, pinSet: true });
  });
});

describe('reloadContent', () => {
  it('picks up a pack that was fixed on disk, and tells the views', async () => {
    const packDir = join(await tmp('core-pack-'), 'content');
    await writePack(packDir, null); // no deck.json yet: the bundled pack stands in
    const { core } = await boot({ mode: 'kiosk' }, { contentDir: packDir });
    expect(core.snapshot()).toMatchObject({ status: 'fallback', deck: { id: 'chery-global-2020' } });

    const deck = minimalDeck();
    deck.slides[0].durationSeconds = 21;
    await writePack(packDir, deck);
    const announced: DeckSnapshot[] = [];
    core.onSnapshot((s) => announced.push(s));
    await core.handlers['operator:unlock'](WINDOW, PIN);
    const result = await core.handlers['operator:action'](WINDOW, { type: 'reloadContent' });

    expect(result).toMatchObject({ ok: true, message: 'valid-minimal: ok' });
    expect(core.content().packDir).toBe(packDir);
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatchObject({ status: 'ok', contentOrigin: 'custom', deck: { id: 'valid-minimal' } });
    expect(announced[0].state).toMatchObject({ index: 0, slideCount: 3 });
  });

  it('uses the new durations for the attract loop', async () => {
    const packDir = join(await tmp('core-pack-'), 'content');
    await writePack(packDir, minimalDeck());
    const { core, clock } = await boot({ mode: 'kiosk' }, { contentDir: packDir });
    const deck = minimalDeck();
    deck.slides[0].durationSeconds = 21;
    await writePack(packDir, deck);
    await core.handlers['operator:unlock'](WINDOW, PIN);
    await core.handlers['operator:action'](WINDOW, { type: 'reloadContent' });
    clock.advance(20_999);
    expect(core.controller.getState().index).toBe(0);
    clock.advance(1);
    expect(core.controller.getState().index).toBe(1);
  });
});
