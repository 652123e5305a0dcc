/**
 * The operator chord in the page (DOM KeyboardEvent) follows the same shared rule as main's
 * `before-input-event`: by physical key, so macOS Option and non-Latin layouts still open it.
 */
import { describe, expect, it } from 'vitest';
import { isOperatorChord } from '../../../src/renderer/src/operator/gesture';
import { isOperatorChord as mainChord } from '../../../src/main/kiosk-lock';

type Press = { key: string; code: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean };
const press = (p: Press) => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...p });

const CASES: [string, Press, boolean][] = [
  ['Ctrl+Alt+Shift+O', { key: 'O', code: 'KeyO', ctrlKey: true, altKey: true, shiftKey: true }, true],
  ['macOS Cmd+Option+Shift+O (key "Ø")', { key: 'Ø', code: 'KeyO', metaKey: true, altKey: true, shiftKey: true }, true],
  ['Russian layout (key "Щ")', { key: 'Щ', code: 'KeyO', ctrlKey: true, altKey: true, shiftKey: true }, true],
  ['without Shift', { key: 'o', code: 'KeyO', ctrlKey: true, altKey: true }, false],
  ['without Ctrl or Cmd', { key: 'O', code: 'KeyO', altKey: true, shiftKey: true }, false],
  ['another key', { key: 'P', code: 'KeyP', ctrlKey: true, altKey: true, shiftKey: true }, false],
];

describe('isOperatorChord (renderer, on KeyboardEvent)', () => {
  it.each(CASES)('%s → %s', (_name, p, expected) => {
    expect(isOperatorChord(press(p))).toBe(expected);
  });

  it('agrees with main on the same presses (one rule, src/shared/operator-chord.ts)', () => {
    for (const [name, p, expected] of CASES) {
      const e = press(p);
      const input = {
        type: 'keyDown',
        key: e.key,
        code: e.code,
        control: e.ctrlKey,
        meta: e.metaKey,
        alt: e.altKey,
        shift: e.shiftKey,
      };
      expect(mainChord(input), name).toBe(expected);
    }
  });
});
