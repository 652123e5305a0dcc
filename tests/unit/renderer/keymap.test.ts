import { describe, expect, it } from 'vitest';
import { keyToCommand, swipeToCommand, type KeyBuffer } from '../../../src/renderer/src/input/keymap';

const SLIDES = 12;
/** Presses keys in order; returns what each produced. */
function press(keys: string[], buffer: KeyBuffer = { digits: '' }, slideCount = SLIDES) {
  return keys.map((key) => keyToCommand(key, buffer, slideCount));
}

describe('keyToCommand: presentation clickers', () => {
  it('forward keys', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
      expect(press([key])[0], JSON.stringify(key)).toEqual({ type: 'next' });
  });
  it('back keys', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      expect(press([key])[0], key).toEqual({ type: 'prev' });
  });
  it('Home and End', () => {
    expect(press(['Home'])[0]).toEqual({ type: 'first' });
    expect(press(['End'])[0]).toEqual({ type: 'last' });
  });
  it('B (either case) and "." black the screen, as clickers send them', () => {
    for (const key of ['b', 'B', '.']) expect(press([key])[0], key).toEqual({ type: 'toggleBlackout' });
  });
  it('a clicker\'s B or "." with a Cyrillic or Greek layout active (key "и", "ю", "β") still blacks out', () => {
    expect(keyToCommand('и', { digits: '' }, SLIDES, 'KeyB')).toEqual({ type: 'toggleBlackout' });
    expect(keyToCommand('ю', { digits: '' }, SLIDES, 'Period')).toEqual({ type: 'toggleBlackout' });
    expect(keyToCommand('β', { digits: '' }, SLIDES, 'KeyB')).toEqual({ type: 'toggleBlackout' });
    // Control: by `key` alone the same presses do nothing.
    expect(keyToCommand('и', { digits: '' }, SLIDES)).toBeNull();
  });
  it('a Latin layout keeps its own meaning for the physical B and "." keys', () => {
    expect(keyToCommand(':', { digits: '' }, SLIDES, 'Period')).toBeNull(); // AZERTY
    expect(keyToCommand('x', { digits: '' }, SLIDES, 'KeyB')).toBeNull(); // Dvorak: x is on the QWERTY B key
    expect(keyToCommand('ж', { digits: '' }, SLIDES, 'Semicolon')).toBeNull(); // other keys stay ignored
  });
  it('other keys are ignored', () => {
    for (const key of ['a', 'Escape', 'Tab', 'F5', 'Shift', 'Control', 'Meta', 'ArrowRightX'])
      expect(press([key])[0], key).toBeNull();
  });
});

describe('keyToCommand: digits + Enter', () => {
  it('jumps to a slide, 1-based', () => {
    expect(press(['3', 'Enter'])).toEqual([null, { type: 'goto', index: 2 }]);
    expect(press(['1', '2', 'Enter'])).toEqual([null, null, { type: 'goto', index: 11 }]);
    expect(press(['1', 'Enter'])[1]).toEqual({ type: 'goto', index: 0 });
  });
  it('out of range is ignored (0, past the last slide), and the buffer is cleared', () => {
    const buffer = { digits: '' };
    expect(press(['0', 'Enter'], buffer)[1]).toBeNull();
    expect(press(['1', '3', 'Enter'], buffer)[2]).toBeNull();
    expect(press(['9', '9', '9', '9', '9', 'Enter'], buffer)[5]).toBeNull();
    expect(buffer.digits).toBe('');
    // After a refused jump, Enter alone is "next" again.
    expect(press(['Enter'], buffer)[0]).toEqual({ type: 'next' });
  });
  it('leading zeros are fine', () => {
    expect(press(['0', '4', 'Enter'])[2]).toEqual({ type: 'goto', index: 3 });
  });
  it('any other key drops the typed digits', () => {
    const buffer = { digits: '' };
    expect(press(['5', 'ArrowRight', 'Enter'], buffer)).toEqual([null, { type: 'next' }, { type: 'next' }]);
    expect(buffer.digits).toBe('');
  });
  it('the buffer keeps digits between calls', () => {
    const buffer = { digits: '' };
    keyToCommand('1', buffer, SLIDES);
    keyToCommand('0', buffer, SLIDES);
    expect(buffer.digits).toBe('10');
    expect(keyToCommand('Enter', buffer, SLIDES)).toEqual({ type: 'goto', index: 9 });
  });
  it('a one-slide deck: 1 goes there, 2 is ignored', () => {
    expect(press(['1', 'Enter'], { digits: '' }, 1)[1]).toEqual({ type: 'goto', index: 0 });
    expect(press(['2', 'Enter'], { digits: '' }, 1)[1]).toBeNull();
  });
});

describe('swipeToCommand', () => {
  const MIN = 50;
  it('left-to-right: swipe left is next, swipe right is previous', () => {
    expect(swipeToCommand(-120, 10, false, MIN)).toEqual({ type: 'next' });
    expect(swipeToCommand(120, -10, false, MIN)).toEqual({ type: 'prev' });
  });
  it('mirrored for right-to-left languages', () => {
    expect(swipeToCommand(-120, 10, true, MIN)).toEqual({ type: 'prev' });
    expect(swipeToCommand(120, -10, true, MIN)).toEqual({ type: 'next' });
  });
  it('short moves are taps, not swipes', () => {
    for (const rtl of [false, true]) {
      expect(swipeToCommand(49, 0, rtl, MIN)).toBeNull();
      expect(swipeToCommand(-49, 0, rtl, MIN)).toBeNull();
      expect(swipeToCommand(0, 0, rtl, MIN)).toBeNull();
    }
  });
  it('mostly vertical moves are not swipes', () => {
    expect(swipeToCommand(-100, 100, false, MIN)).toBeNull();
    expect(swipeToCommand(100, -80, false, MIN)).toBeNull();
    expect(swipeToCommand(-160, 100, false, MIN)).toEqual({ type: 'next' });
  });
});
