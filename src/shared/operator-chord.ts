/**
 * The operator chord, Ctrl+Alt+Shift+O (Cmd+Option+Shift+O on macOS): the keyboard way to the
 * operator PIN prompt. One rule for main (Electron's `before-input-event` `Input`) and the
 * renderer (DOM `KeyboardEvent`); both carry `code`, the physical key, which is what this matches.
 *
 * Why `code` and not `key`: `key` is what the layout and modifiers make of the press. On macOS,
 * Option turns O into "Ø" (Option+Cmd+Shift+O gives key "Ø", code "KeyO"); on a Russian layout
 * the same key is "щ". `code` stays "KeyO" on both. `key` "o"/"O" is accepted as well, so a
 * layout that moves the letter O elsewhere (Dvorak: O sits on the QWERTY "S" key) still works.
 */

/** A key press reduced to what the chord rule reads; build it from either side's event. */
export interface ChordPress {
  /** Physical key, layout-independent (`KeyboardEvent.code` / Electron `Input.code`). */
  code: string;
  /** The layout's character for the press (`KeyboardEvent.key` / Electron `Input.key`). */
  key: string;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** The physical key of the operator chord. */
export const OPERATOR_CHORD_CODE = 'KeyO';

/** True for Ctrl+Alt+Shift+O or Cmd+Alt+Shift+O, whatever the keyboard layout. */
export function isOperatorChord(press: ChordPress): boolean {
  const isO = press.code === OPERATOR_CHORD_CODE || press.key === 'o' || press.key === 'O';
  return (press.ctrl || press.meta) && press.alt && press.shift && isO;
}
