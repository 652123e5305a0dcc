/**
 * The kiosk key lock: which chords main swallows before the page sees them, and the operator
 * chord that works in every mode. Driven through `setupKioskLock` with a fake webContents, so
 * the listener Electron would call is the one under test.
 */
import { describe, expect, it } from 'vitest';
import { isBlockedInKiosk, isOperatorChord, setupKioskLock } from '../../../src/main/kiosk-lock';

type Key = {
  key: string;
  control?: boolean;
  meta?: boolean;
  alt?: boolean;
  shift?: boolean;
  type?: 'keyDown' | 'keyUp';
};
type Listener = (event: { preventDefault(): void }, input: Required<Key>) => void;

const input = (k: Key): Required<Key> => ({
  control: false,
  meta: false,
  alt: false,
  shift: false,
  type: 'keyDown',
  ...k,
});

/** Installs the lock on a fake webContents; `press` reports whether the key was swallowed. */
function lock(kiosk: boolean) {
  let listener: Listener | null = null;
  let operatorOpened = 0;
  const contents = {
    on(event: string, fn: Listener) {
      expect(event).toBe('before-input-event');
      listener = fn;
      return contents;
    },
  };
  setupKioskLock({
    contents: contents as unknown as Parameters<typeof setupKioskLock>[0]['contents'],
    kiosk,
    openOperator: () => operatorOpened++,
  });
  return {
    press(k: Key): boolean {
      let prevented = false;
      listener!({ preventDefault: () => (prevented = true) }, input(k));
      return prevented;
    },
    operatorOpened: () => operatorOpened,
  };
}

const QUIT_AND_ESCAPE_KEYS: [string, Key][] = [
  ['Alt+F4', { key: 'F4', alt: true }],
  ['Ctrl+Q', { key: 'q', control: true }],
  ['Cmd+Q', { key: 'q', meta: true }],
  ['Ctrl+W', { key: 'w', control: true }],
  ['Cmd+W', { key: 'W', meta: true }],
  ['Ctrl+R', { key: 'r', control: true }],
  ['F5', { key: 'F5' }],
  ['F11', { key: 'F11' }],
  ['F12', { key: 'F12' }],
  ['Esc', { key: 'Escape' }],
  ['Ctrl+Shift+I', { key: 'I', control: true, shift: true }],
  ['Cmd+Shift+I', { key: 'i', meta: true, shift: true }],
  ['Ctrl+Shift+J', { key: 'J', control: true, shift: true }],
];

const ORDINARY_KEYS: [string, Key][] = [
  ['ArrowRight', { key: 'ArrowRight' }],
  ['ArrowLeft', { key: 'ArrowLeft' }],
  ['PageDown', { key: 'PageDown' }],
  ['space', { key: ' ' }],
  ['b', { key: 'b' }],
  ['B', { key: 'B', shift: true }],
  ['Enter', { key: 'Enter' }],
  ['Home', { key: 'Home' }],
  ...'0123456789'.split('').map((d): [string, Key] => [`digit ${d}`, { key: d }]),
];

describe('isBlockedInKiosk', () => {
  it.each(QUIT_AND_ESCAPE_KEYS)('blocks %s', (_name, key) => {
    expect(isBlockedInKiosk(input(key))).toBe(true);
  });

  it.each(ORDINARY_KEYS)('lets %s through', (_name, key) => {
    expect(isBlockedInKiosk(input(key))).toBe(false);
  });

  it('ignores keyUp (only keyDown acts)', () => {
    expect(isBlockedInKiosk(input({ key: 'F4', alt: true, type: 'keyUp' }))).toBe(false);
    expect(isBlockedInKiosk(input({ key: 'Escape', type: 'keyUp' }))).toBe(false);
  });
});

describe('isOperatorChord', () => {
  it('is Ctrl+Alt+Shift+O or Cmd+Alt+Shift+O on keyDown, nothing less', () => {
    expect(isOperatorChord(input({ key: 'O', control: true, alt: true, shift: true }))).toBe(true);
    expect(isOperatorChord(input({ key: 'o', meta: true, alt: true, shift: true }))).toBe(true);
    expect(isOperatorChord(input({ key: 'O', control: true, alt: true, shift: true, type: 'keyUp' }))).toBe(false);
    expect(isOperatorChord(input({ key: 'O', control: true, shift: true }))).toBe(false);
    expect(isOperatorChord(input({ key: 'O', alt: true, shift: true }))).toBe(false);
    expect(isOperatorChord(input({ key: 'o' }))).toBe(false);
  });
});

describe('setupKioskLock', () => {
  it('kiosk: swallows the quit, reload, devtools and escape keys', () => {
    const l = lock(true);
    for (const [name, key] of QUIT_AND_ESCAPE_KEYS) expect(l.press(key), name).toBe(true);
    expect(l.operatorOpened()).toBe(0);
  });

  it('kiosk: ordinary navigation keys, letters and digits reach the page', () => {
    const l = lock(true);
    for (const [name, key] of ORDINARY_KEYS) expect(l.press(key), name).toBe(false);
  });

  it('kiosk: keyUp events are ignored', () => {
    const l = lock(true);
    expect(l.press({ key: 'F4', alt: true, type: 'keyUp' })).toBe(false);
    expect(l.press({ key: 'O', control: true, alt: true, shift: true, type: 'keyUp' })).toBe(false);
    expect(l.operatorOpened()).toBe(0);
  });

  it('window and present modes leave every key to the page', () => {
    const l = lock(false);
    for (const [name, key] of [...QUIT_AND_ESCAPE_KEYS, ...ORDINARY_KEYS]) expect(l.press(key), name).toBe(false);
  });

  it.each([true, false])('the operator chord opens the overlay in every mode (kiosk %s) and is swallowed', (kiosk) => {
    const l = lock(kiosk);
    expect(l.press({ key: 'O', control: true, alt: true, shift: true })).toBe(true);
    expect(l.press({ key: 'o', meta: true, alt: true, shift: true })).toBe(true);
    expect(l.operatorOpened()).toBe(2);
  });
});
