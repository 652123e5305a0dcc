/**
 * Main's core without Electron: the bundled pack from resources/, a manual clock and real temp
 * folders (tests/support/core-boot.ts). Opening hours, the nightly relaunch and the export name
 * here; the operator gate and content reload in core-operator.test.ts, analytics lines on disk in
 * core-analytics.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvExportName } from '../../../src/main/core';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import { boot, HOUR, WINDOW } from '../../support/core-boot';
import { createManualClock } from '../../support/manual-clock';

describe('the bundled pack', () => {
  it('plays from resources/content/chery-global-2020 when no exhibitor pack is set', async () => {
    const { core } = await boot({ mode: 'kiosk' });
    const snapshot = core.handlers['deck:get'](WINDOW) as DeckSnapshot;
    expect(snapshot.deck.id).toBe('chery-global-2020');
    expect(snapshot.contentOrigin).toBe('bundled');
    expect(snapshot.status).toBe('ok');
    expect(snapshot.state).toMatchObject({ mode: 'kiosk', phase: 'attract', index: 0, locale: 'en' });
  });
});

describe('opening hours', () => {
  const hours = { openingHours: { days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '17:00' } };

  it('outside them the deck is closed; it opens at the opening time on the first slide', async () => {
    const { core, clock } = await boot({ mode: 'kiosk', ...hours });
    expect(core.controller.getState().phase).toBe('closed');
    clock.advance(HOUR - 1);
    expect(core.controller.getState().phase).toBe('closed');
    clock.advance(1);
    expect(core.controller.getState()).toMatchObject({ phase: 'attract', index: 0 });
  });

  it('closes at the closing time, and the attract loop stops while closed', async () => {
    const { core, clock } = await boot(
      { mode: 'kiosk', ...hours },
      {},
      createManualClock(new Date(2026, 0, 5, 16, 59).getTime()),
    );
    expect(core.controller.getState().phase).toBe('attract');
    clock.advance(60_000);
    const closed = core.controller.getState();
    expect(closed.phase).toBe('closed');
    clock.advance(HOUR);
    expect(core.controller.getState()).toEqual(closed);
  });
});

describe('nightly relaunch', () => {
  it('fires relaunch at the set time, once', async () => {
    // analytics off: 19 hours of attract ticks need not hit the disk.
    const booted = await boot({ mode: 'kiosk', nightlyRelaunch: '03:00', analytics: false });
    booted.clock.advance(19 * HOUR - 1); // Tuesday 02:59:59.999
    expect(booted.relaunches).toBe(0);
    booted.clock.advance(1);
    expect(booted.relaunches).toBe(1);
    expect(booted.logs).toContain('info nightly relaunch');
  });

  it('is off when not set', async () => {
    const booted = await boot({ mode: 'present', nightlyRelaunch: null });
    booted.clock.advance(48 * HOUR);
    expect(booted.relaunches).toBe(0);
  });
});

describe('csvExportName', () => {
  it('is a file-system-safe timestamped name', () => {
    expect(csvExportName('/x', Date.UTC(2026, 0, 5, 8, 30, 15, 250))).toBe(
      join('/x', 'analytics-2026-01-05T08-30-15-250Z.csv'),
    );
  });
});
