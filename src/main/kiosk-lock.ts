/**
 * Keys main handles before the page sees them (`before-input-event`): the operator chord in every
 * mode, and in kiosk mode the chords that would quit, close, reload, open DevTools or leave
 * fullscreen.
 *
 * Escape is NOT blocked: the PIN pad needs it, and Escape cannot leave a window that main put in
 * kiosk/fullscreen mode. In Electron, Escape is only consumed by Chromium's exclusive-access
 * manager (electron/electron shell/browser/api/electron_api_web_contents.cc,
 * `WebContents::PreHandleKeyboardEvent`: `exclusive_access_manager_.HandleUserKeyEvent(event)`),
 * which exits HTML-API fullscreen (`element.requestFullscreen()`, which this app never calls);
 * its hook for leaving window fullscreen is a no-op in Electron
 * (electron_api_web_contents.h: `void ExitFullscreen() override {}`). electron/electron#4316:
 * Esc leaves `requestFullscreen`, not `BrowserWindow.setFullScreen`.
 *
 * Letters are matched by `key` (what the layout makes of the press) OR `code` (the physical key):
 * Ctrl+Q must be refused whether the layout puts Q on the QWERTY "A" key (AZERTY: key "q", code
 * "KeyA") or prints "й" on the Q key (Russian: key "й", code "KeyQ"; Windows accelerators follow
 * the virtual key, VK_Q there). Refusing both costs nothing: no visitor needs Ctrl/Cmd chords.
 */
import type { Input } from 'electron';
import { isOperatorChord as isChord } from '../shared/operator-chord';

/** The parts of Electron's `Input` these rules read. */
export type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

/** True when the press is `letter` (lowercase a–z) by the layout's character or by physical key. */
function isLetter(input: KeyInput, letters: readonly string[]): boolean {
  const key = input.key.toLowerCase();
  return letters.some((l) => key === l || input.code === `Key${l.toUpperCase()}`);
}

/** True when the press is the named key (`F4`, `Escape`, `Space` …) by `key` or `code`. */
function isNamed(input: KeyInput, names: readonly string[]): boolean {
  return names.some((n) => input.key === n || input.code === n || (n === 'Space' && input.key === ' '));
}

/**
 * Chords that would leave or break the kiosk, on keyDown (Electron emits `keyDown` and `keyUp`
 * only): quit/close/reload/new-window (Ctrl or Cmd + Q W R N T M H, Ctrl+F4), Alt+F4, the window
 * menu (Alt+Space, Windows: Close is in it), F5, F11, F12, DevTools (Ctrl/Cmd+Shift+I/J/C,
 * Cmd+Option+I/J/C) and macOS Toggle Full Screen (Ctrl+Cmd+F). Escape passes (see above).
 * Cmd+Option+Esc (Force Quit) never reaches the app; kiosk mode disables it on macOS with
 * NSApplicationPresentationDisableForceQuit (shell/browser/native_window_mac.mm, `SetKiosk`).
 */
export function isBlockedInKiosk(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const cmdOrCtrl = input.meta || input.control;
  if (input.alt && isNamed(input, ['F4', 'Space'])) return true;
  if (input.control && isNamed(input, ['F4'])) return true;
  if (cmdOrCtrl && isLetter(input, ['q', 'w', 'r', 'n', 't', 'm', 'h'])) return true;
  if (cmdOrCtrl && input.shift && isLetter(input, ['i', 'j', 'c'])) return true;
  if (input.meta && input.alt && isLetter(input, ['i', 'j', 'c'])) return true;
  if (input.meta && input.control && isLetter(input, ['f'])) return true;
  return isNamed(input, ['F5', 'F11', 'F12']);
}

/** The operator chord (src/shared/operator-chord.ts) on an Electron `Input`, keyDown only. */
export function isOperatorChord(input: KeyInput): boolean {
  return (
    input.type === 'keyDown' &&
    isChord({
      code: input.code,
      key: input.key,
      ctrl: input.control,
      meta: input.meta,
      alt: input.alt,
      shift: input.shift,
    })
  );
}

/** The webContents event this module listens to (Electron's webContents and the fakes both fit it). */
export interface KeyEvents {
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: KeyInput) => void): unknown;
}

/** Watches a window's keys before the page sees them. */
export function setupKioskLock(deps: { contents: KeyEvents; kiosk: boolean; openOperator: () => void }): void {
  deps.contents.on('before-input-event', (event, input) => {
    if (isOperatorChord(input)) {
      event.preventDefault();
      deps.openOperator();
    } else if (deps.kiosk && isBlockedInKiosk(input)) event.preventDefault();
  });
}
