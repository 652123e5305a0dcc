/**
 * The kiosk key lock: which chords main swallows before the page sees them, and the operator
 * chord that works in every mode. Driven through `setupKioskLock` with a fake webContents, so
 * the listener Electron would call is the one under test. Inputs are written as Electron delivers
 * them (`before-input-event` `Input`: `key` is the layout's character, `code` the physical key).
 */
import { describe, expect, it } from 'vitest';
import { isBlockedInKiosk, isOperatorChord, setupKioskLock, type KeyInput } from '../../../src/main/kiosk-lock';

type Key = Partial<KeyInput> & { key: string };
type Listener = (event: { preventDefault(): void }, input: KeyInput) => void;

/** Electron's `code` for a key on a US layout, when the test does not say otherwise. */
function usCode(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return key === ' ' ? 'Space' : key;
}

const input = (k: Key): KeyInput => ({
  control: false,
  meta: false,
  alt: false,
  shift: false,
  type: 'keyDown',
  code: usCode(k.key),
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
    contents,
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

const EXIT_KEYS: [string, Key][] = [
  ['Alt+F4', { key: 'F4', alt: true }],
  ['Ctrl+F4', { key: 'F4', control: true }],
  ['Alt+Space (window menu)', { key: ' ', alt: true }],
  ['Ctrl+Q', { key: 'q', control: true }],
  ['Cmd+Q', { key: 'q', meta: true }],
  ['Ctrl+W', { key: 'w', control: true }],
  ['Cmd+W', { key: 'W', meta: true }],
  ['Ctrl+R', { key: 'r', control: true }],
  ['Ctrl+Shift+R', { key: 'R', control: true, shift: true }],
  ['Cmd+H', { key: 'h', meta: true }],
  ['F5', { key: 'F5' }],
  ['F11', { key: 'F11' }],
  ['F12', { key: 'F12' }],
  ['Ctrl+Shift+I', { key: 'I', control: true, shift: true }],
  ['Cmd+Shift+I', { key: 'i', meta: true, shift: true }],
  ['Ctrl+Shift+J', { key: 'J', control: true, shift: true }],
  // macOS: Option changes `key` ("ˆ" for Option+I); the physical key still counts.
  ['Cmd+Option+I (macOS DevTools)', { key: 'ˆ', code: 'KeyI', meta: true, alt: true }],
  ['Ctrl+Cmd+F (macOS Toggle Full Screen)', { key: 'f', meta: true, control: true }],
];

/** The same exits on layouts where `key` and `code` disagree. */
const LAYOUT_EXIT_KEYS: [string, Key][] = [
  ['AZERTY Ctrl+Q (Q is on the QWERTY "A" key)', { key: 'q', code: 'KeyA', control: true }],
  ['AZERTY Ctrl+W (W is on the QWERTY "Z" key)', { key: 'w', code: 'KeyZ', control: true }],
  ['Russian Ctrl+Q (key "й")', { key: 'й', code: 'KeyQ', control: true }],
  ['Russian Ctrl+W (key "ц")', { key: 'ц', code: 'KeyW', control: true }],
  ['Russian Ctrl+R (key "к")', { key: 'к', code: 'KeyR', control: true }],
  ['Russian Ctrl+Shift+I (key "Ш")', { key: 'Ш', code: 'KeyI', control: true, shift: true }],
  ['Greek Cmd+Q (key ";")', { key: ';', code: 'KeyQ', meta: true }],
];

const ORDINARY_KEYS: [string, Key][] = [
  ['Escape (the PIN pad closes with it)', { key: 'Escape' }],
  ['ArrowRight', { key: 'ArrowRight' }],
  ['ArrowLeft', { key: 'ArrowLeft' }],
  ['PageDown', { key: 'PageDown' }],
  ['space', { key: ' ' }],
  ['b', { key: 'b' }],
  ['B', { key: 'B', shift: true }],
  ['Russian "и" on the B key', { key: 'и', code: 'KeyB' }],
  ['Enter', { key: 'Enter' }],
  ['Home', { key: 'Home' }],
  ['Backspace', { key: 'Backspace' }],
  ['q without a modifier', { key: 'q' }],
  ['Alt+Q (no Ctrl/Cmd)', { key: 'q', alt: true }],
  ...'0123456789'.split('').map((d): [string, Key] => [`digit ${d}`, { key: d }]),
];

/** The rule before this change: `key` only, Escape swallowed. The control the tests must beat. */
function keyOnlyRule(i: KeyInput): boolean {
  const key = i.key.toLowerCase();
  if ((i.meta || i.control) && ['q', 'w', 'r'].includes(key)) return true;
  return ['escape', 'f5', 'f11', 'f12'].includes(key);
}

describe('isBlockedInKiosk', () => {
  it.each([...EXIT_KEYS, ...LAYOUT_EXIT_KEYS])('blocks %s', (_name, key) => {
    expect(isBlockedInKiosk(input(key))).toBe(true);
  });

  it.each(ORDINARY_KEYS)('lets %s through', (_name, key) => {
    expect(isBlockedInKiosk(input(key))).toBe(false);
  });

  it('ignores keyUp (only keyDown acts)', () => {
    expect(isBlockedInKiosk(input({ key: 'F4', alt: true, type: 'keyUp' }))).toBe(false);
    expect(isBlockedInKiosk(input({ key: 'q', control: true, type: 'keyUp' }))).toBe(false);
  });

  it('control: a key-only rule lets the Russian Ctrl+Q through and swallows Escape', () => {
    expect(keyOnlyRule(input({ key: 'й', code: 'KeyQ', control: true }))).toBe(false);
    expect(keyOnlyRule(input({ key: 'Escape' }))).toBe(true);
    expect(isBlockedInKiosk(input({ key: 'й', code: 'KeyQ', control: true }))).toBe(true);
    expect(isBlockedInKiosk(input({ key: 'Escape' }))).toBe(false);
  });
});

describe('isOperatorChord (main, on Electron Input)', () => {
  it('is Ctrl+Alt+Shift+O or Cmd+Alt+Shift+O on keyDown, nothing less', () => {
    expect(isOperatorChord(input({ key: 'O', control: true, alt: true, shift: true }))).toBe(true);
    expect(isOperatorChord(input({ key: 'o', meta: true, alt: true, shift: true }))).toBe(true);
    expect(isOperatorChord(input({ key: 'O', control: true, alt: true, shift: true, type: 'keyUp' }))).toBe(false);
    expect(isOperatorChord(input({ key: 'O', control: true, shift: true }))).toBe(false);
    expect(isOperatorChord(input({ key: 'O', alt: true, shift: true }))).toBe(false);
    expect(isOperatorChord(input({ key: 'o' }))).toBe(false);
    expect(isOperatorChord(input({ key: 'P', code: 'KeyP', control: true, alt: true, shift: true }))).toBe(false);
  });

  it('works where the layout or Option changes `key`: macOS "Ø", Russian "Щ"', () => {
    const mac = input({ key: 'Ø', code: 'KeyO', meta: true, alt: true, shift: true });
    const russian = input({ key: 'Щ', code: 'KeyO', control: true, alt: true, shift: true });
    expect(isOperatorChord(mac)).toBe(true);
    expect(isOperatorChord(russian)).toBe(true);
    // Control: the rule before this change (matching `key`) misses both.
    const keyOnlyChord = (i: KeyInput) => (i.control || i.meta) && i.alt && i.shift && i.key.toLowerCase() === 'o';
    expect(keyOnlyChord(mac)).toBe(false);
    expect(keyOnlyChord(russian)).toBe(false);
  });

  it('Dvorak: the letter O is on the QWERTY "S" key; `key` "O" still opens it', () => {
    expect(isOperatorChord(input({ key: 'O', code: 'KeyS', control: true, alt: true, shift: true }))).toBe(true);
  });
});

describe('setupKioskLock', () => {
  it('kiosk: swallows the quit, close, reload, devtools and fullscreen keys on every layout', () => {
    const l = lock(true);
    for (const [name, key] of [...EXIT_KEYS, ...LAYOUT_EXIT_KEYS]) expect(l.press(key), name).toBe(true);
    expect(l.operatorOpened()).toBe(0);
  });

  it('kiosk: Escape, navigation keys, letters and digits reach the page', () => {
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
    for (const [name, key] of [...EXIT_KEYS, ...ORDINARY_KEYS]) expect(l.press(key), name).toBe(false);
  });

  it.each([true, false])('the operator chord opens the overlay in every mode (kiosk %s) and is swallowed', (kiosk) => {
    const l = lock(kiosk);
    expect(l.press({ key: 'O', control: true, alt: true, shift: true })).toBe(true);
    expect(l.press({ key: 'Ø', code: 'KeyO', meta: true, alt: true, shift: true })).toBe(true);
    expect(l.press({ key: 'Щ', code: 'KeyO', control: true, alt: true, shift: true })).toBe(true);
    expect(l.operatorOpened()).toBe(3);
  });
});
