import type { KeyboardEvent } from 'react';

/**
 * For the presenter's own controls (pickers, the slide grid): keys pressed there are theirs, so
 * arrows choose a language or move in the grid instead of also changing the slide. React's
 * stopPropagation stops the native event at the root, before the window listeners of
 * useVisitorInput see it.
 */
export function stopKeys(e: KeyboardEvent): void {
  e.stopPropagation();
}
