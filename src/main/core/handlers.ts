/** Main's answer to every invoke channel of the IPC contract (the IPC layer checks sender and arguments first). */
import type { DeckSnapshot, InvokeHandlers, OperatorStatus } from '../../shared/ipc';
import type { DeckController } from '../deck-controller';
import type { Operator } from '../operator';
import type { PresenterControls } from './presenter-controls';
import type { Logger } from './logger';
import type { VisitorTracking } from './visitor-tracking';

export interface HandlersDeps {
  snapshot: () => DeckSnapshot;
  controller: Pick<DeckController, 'dispatch'>;
  visitors: Pick<VisitorTracking, 'onCommand'>;
  operator: Pick<Operator, 'unlock' | 'assertUnlocked' | 'action' | 'lock'>;
  status: () => OperatorStatus;
  presenter: Pick<PresenterControls, 'act'>;
  log: Logger;
  /** A view reported an error: the operator status shows the last one. */
  noteError: (message: string) => void;
}

export function setupHandlers(deps: HandlersDeps): InvokeHandlers {
  const { controller, operator, log } = deps;
  return {
    'deck:get': () => deps.snapshot(),
    'deck:command': (_context, command) => {
      const state = controller.dispatch(command);
      // After the dispatch, so the touch that starts a session counts in it.
      deps.visitors.onCommand(command);
      return state;
    },
    'view:report': (_context, report) => {
      if (report.level === 'error') deps.noteError(`${report.slideId ? `[${report.slideId}] ` : ''}${report.message}`);
      log[report.level === 'info' ? 'info' : report.level](
        `view${report.slideId ? ` [${report.slideId}]` : ''}: ${report.message}`,
      );
    },
    // The gate logs each answer itself (never the PIN).
    'operator:unlock': (context, pin) => operator.unlock(context, pin),
    'operator:status': (context) => {
      operator.assertUnlocked(context);
      return deps.status();
    },
    'operator:action': (context, action) => operator.action(context, action),
    'operator:lock': (context) => operator.lock(context),
    'presenter:action': (_context, action) => deps.presenter.act(action),
  };
}
