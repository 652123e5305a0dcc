import type { Input, WebContents } from 'electron';

/** Key chords that would leave or break the kiosk: quit, close, reload, devtools, fullscreen toggle. */
export function isBlockedInKiosk(input: Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift' | 'type'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (input.alt && key === 'f4') return true;
  if ((input.meta || input.control) && ['q', 'w', 'r', 'n', 't', 'm', 'h'].includes(key)) return true;
  if ((input.meta || input.control) && input.shift && ['i', 'j', 'c'].includes(key)) return true;
  if (input.meta && input.alt && key === 'escape') return true;
  if (input.meta && input.alt && ['i', 'j', 'c'].includes(key)) return true; // macOS DevTools
  return ['escape', 'f5', 'f11', 'f12'].includes(key);
}

/** Ctrl+Alt+Shift+O (Cmd+Alt+Shift+O on macOS) opens the operator PIN prompt. */
export function isOperatorChord(input: Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift' | 'type'>): boolean {
  return (
    input.type === 'keyDown' &&
    (input.control || input.meta) &&
    input.alt &&
    input.shift &&
    input.key.toLowerCase() === 'o'
  );
}

/** Watches a window's keys before the page sees them. */
export function setupKioskLock(deps: {
  contents: Pick<WebContents, 'on'>;
  kiosk: boolean;
  openOperator: () => void;
}): void {
  deps.contents.on('before-input-event', (event, input) => {
    if (isOperatorChord(input)) {
      event.preventDefault();
      deps.openOperator();
    } else if (deps.kiosk && isBlockedInKiosk(input)) event.preventDefault();
  });
}
