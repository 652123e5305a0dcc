import { describe, expect, it } from 'vitest';
import { viewUrl, windowOptions, type WindowPlan } from '../../../src/main/window-options';
import type { Mode } from '../../../src/shared/deck';

const plan = (mode: Mode, overrides: Partial<WindowPlan> = {}): WindowPlan => ({
  mode,
  role: 'audience',
  preloadPath: '/app/out/preload/index.cjs',
  bounds: { x: 10, y: 20, width: 1280, height: 720 },
  fullscreen: mode === 'kiosk',
  ...overrides,
});

const SECURE = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
};

describe('windowOptions', () => {
  it('every mode and role gets the secure webPreferences, spelled out', () => {
    for (const mode of ['kiosk', 'present', 'window'] as const)
      for (const role of ['audience', 'presenter'] as const) {
        const prefs = windowOptions(plan(mode, { role })).webPreferences;
        expect(prefs, `${mode}/${role}`).toMatchObject(SECURE);
        expect(prefs?.preload).toBe('/app/out/preload/index.cjs');
      }
  });

  it('kiosk is locked down: fullscreen kiosk, no frame, not closable, no DevTools', () => {
    const o = windowOptions(plan('kiosk'));
    expect(o).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      resizable: false,
      minimizable: false,
      closable: false,
    });
    expect(o.webPreferences?.devTools).toBe(false);
  });

  it('window and present modes are normal windows with DevTools for rehearsal', () => {
    for (const mode of ['window', 'present'] as const) {
      const o = windowOptions(plan(mode));
      expect(o).toMatchObject({ kiosk: false, frame: true, closable: true, resizable: true });
      expect(o.webPreferences?.devTools).toBe(true);
    }
  });

  it('uses the planned bounds and starts hidden (shown on ready-to-show, no white flash)', () => {
    const o = windowOptions(plan('window'));
    expect(o).toMatchObject({ x: 10, y: 20, width: 1280, height: 720, show: false });
    expect(o.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('titles the presenter window apart', () => {
    expect(windowOptions(plan('present', { role: 'presenter' })).title).toContain('Presenter');
    expect(windowOptions(plan('present')).title).not.toContain('Presenter');
  });

  it('kiosk on a non-fullscreen placement is not a kiosk window', () => {
    expect(windowOptions(plan('kiosk', { fullscreen: false })).kiosk).toBe(false);
  });
});

describe('viewUrl', () => {
  it('loads our own origin with the role', () => {
    expect(viewUrl('audience')).toBe('app://showcase/index.html?role=audience');
    expect(viewUrl('presenter')).toBe('app://showcase/index.html?role=presenter');
  });
});
