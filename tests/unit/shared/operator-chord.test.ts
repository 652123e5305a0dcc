import { describe, expect, it } from 'vitest';
import { isOperatorChord, OPERATOR_CHORD_CODE, type ChordPress } from '../../../src/shared/operator-chord';

const press = (p: Partial<ChordPress>): ChordPress => ({
  code: OPERATOR_CHORD_CODE,
  key: 'O',
  ctrl: true,
  meta: false,
  alt: true,
  shift: true,
  ...p,
});

describe('the operator chord (src/shared/operator-chord.ts)', () => {
  it('is Ctrl or Cmd, with Alt and Shift, on the physical O key', () => {
    expect(isOperatorChord(press({}))).toBe(true);
    expect(isOperatorChord(press({ ctrl: false, meta: true }))).toBe(true);
    for (const missing of [{ ctrl: false }, { alt: false }, { shift: false }] as const)
      expect(isOperatorChord(press(missing)), JSON.stringify(missing)).toBe(false);
  });

  it('matches by code whatever the layout makes of the key: macOS "Ø", Russian "Щ"', () => {
    expect(isOperatorChord(press({ key: 'Ø', ctrl: false, meta: true }))).toBe(true);
    expect(isOperatorChord(press({ key: 'Щ' }))).toBe(true);
    // Control: the same presses judged by key alone would be missed.
    const byKeyOnly = (p: ChordPress) => (p.ctrl || p.meta) && p.alt && p.shift && p.key.toLowerCase() === 'o';
    expect(byKeyOnly(press({ key: 'Щ' }))).toBe(false);
  });

  it('also takes the letter O where a layout moves it (Dvorak), and refuses other keys', () => {
    expect(isOperatorChord(press({ code: 'KeyS', key: 'O' }))).toBe(true);
    expect(isOperatorChord(press({ code: 'KeyP', key: 'P' }))).toBe(false);
  });
});
