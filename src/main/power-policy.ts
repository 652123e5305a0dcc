/**
 * Whether the display must stay awake. A kiosk plays to nobody in particular and a presentation
 * must not go dark while the presenter talks over one slide; only window mode (rehearsal,
 * authoring at a desk) leaves the OS its power settings.
 *
 * Electron: `powerSaveBlocker.start('prevent-display-sleep')` "Keeps system and screen active"
 * (docs/api/power-save-blocker.md); it holds until `powerSaveBlocker.stop(id)` or the app quits.
 */
import type { Mode } from '../shared/deck/state';

/** True when main should hold a `prevent-display-sleep` power-save blocker in this mode. */
export function keepsDisplayAwake(mode: Mode): boolean {
  return mode === 'kiosk' || mode === 'present';
}
