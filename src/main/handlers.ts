/**
 * What each IPC channel does — plain functions, no `electron` import, so the Chromium
 * harness bridges these very handlers into a real browser.
 */
import type { DeckSnapshot, InvokeHandlers, ViewReport } from '../shared/ipc';
import type { DeckController } from './deck-controller';

export interface HandlerDeps {
  controller: DeckController;
  /** The current content snapshot minus the live state. */
  content: () => Omit<DeckSnapshot, 'state'>;
  report: (report: ViewReport) => void;
}

/** The handler of every invoke channel in the contract. */
export function createHandlers({ controller, content, report }: HandlerDeps): InvokeHandlers {
  return {
    'deck:get': () => ({ ...content(), state: controller.getState() }),
    'deck:command': (command) => controller.dispatch(command),
    'view:report': (entry) => report(entry),
  };
}
