import { describe, expect, it } from 'vitest';
import { keepsDisplayAwake } from '../../../src/main/power-policy';

describe('keepsDisplayAwake', () => {
  it('kiosk and present keep the display awake (a presenter talking over one slide must not go dark)', () => {
    expect(keepsDisplayAwake('kiosk')).toBe(true);
    expect(keepsDisplayAwake('present')).toBe(true);
  });
  it('window mode (rehearsal at a desk) leaves the OS power settings alone', () => {
    expect(keepsDisplayAwake('window')).toBe(false);
  });
});
