// The presenter's switches kept in main (issue 16 item 4): visitor controls on the audience
// screen (setting, then toggle; every view told) and Swap displays (the window set decides).
import { describe, expect, it } from 'vitest';
import { setupPresenterControls } from '../../../src/main/core/presenter-controls';
import { Settings } from '../../../src/shared/settings.schema';
import type { Mode } from '../../../src/shared/deck/state';

function controls(mode: Mode, extra: Partial<Settings> = {}, swap?: () => boolean) {
  const announced: string[] = [];
  const settings = Settings.parse({ mode, ...extra });
  const c = setupPresenterControls({
    settings,
    log: { info: () => undefined },
    announce: () => announced.push(String(c.visitorControls())),
    swapDisplays: swap,
  });
  return { c, announced };
}

describe('visitor controls on the audience screen', () => {
  it('present mode hides them by default; the setting can show them', () => {
    expect(Settings.parse({}).presentVisitorControls).toBe('hidden');
    expect(controls('present').c.visitorControls()).toBe('hidden');
    expect(controls('present', { presentVisitorControls: 'shown' }).c.visitorControls()).toBe('shown');
  });

  it('the presenter toggles them; each change is announced once, a no-op is not', () => {
    const { c, announced } = controls('present');
    expect(c.act({ type: 'setVisitorControls', shown: true })).toEqual({ ok: true });
    expect(c.act({ type: 'setVisitorControls', shown: true })).toEqual({ ok: true });
    expect(c.act({ type: 'setVisitorControls', shown: false })).toEqual({ ok: true });
    expect(announced).toEqual(['shown', 'hidden']);
  });

  it('kiosk and window mode: not in the snapshot (visitors always have them), and nothing to switch', () => {
    for (const mode of ['kiosk', 'window'] as const) {
      const { c, announced } = controls(mode, { presentVisitorControls: 'hidden' });
      expect(c.visitorControls()).toBeUndefined();
      expect(c.act({ type: 'setVisitorControls', shown: false })).toEqual({ ok: false, reason: 'not-present-mode' });
      expect(announced).toEqual([]);
    }
  });
});

describe('swap displays', () => {
  it('asks the window set; one display (or no window set, the harness) is refused with its reason', () => {
    let swaps = 0;
    expect(controls('present', {}, () => (swaps++, true)).c.act({ type: 'swapDisplays' })).toEqual({ ok: true });
    expect(swaps).toBe(1);
    expect(controls('present', {}, () => false).c.act({ type: 'swapDisplays' })).toEqual({
      ok: false,
      reason: 'one-display',
    });
    expect(controls('present').c.act({ type: 'swapDisplays' })).toEqual({ ok: false, reason: 'one-display' });
    expect(controls('kiosk', {}, () => true).c.act({ type: 'swapDisplays' })).toEqual({
      ok: false,
      reason: 'not-present-mode',
    });
  });
});
