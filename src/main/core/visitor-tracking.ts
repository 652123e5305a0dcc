/** Visitor analytics from the deck: slide views and sessions from its states, touches from commands. */
import type { DeckCommand } from '../../shared/deck';
import type { Analytics } from '../analytics';
import type { Clock } from '../clock';
import type { DeckController } from '../deck-controller';
import { createVisitorTracker } from '../visitor-analytics';

/** Commands that are a visitor's own input (the takeover touch included). */
const VISITOR_INPUT = new Set<DeckCommand['type']>(['input', 'next', 'prev', 'first', 'last', 'goto', 'setLocale']);

export interface VisitorTrackingDeps {
  /** Null: analytics are off and nothing is tracked. */
  analytics: Pick<Analytics, 'record'> | null;
  clock: Pick<Clock, 'now'>;
  controller: Pick<DeckController, 'subscribe' | 'getState'>;
  /** The id of the slide at an index in the deck playing now. */
  slideId: (index: number) => string;
}

export interface VisitorTracking {
  /** A window's command, after the controller ran it (so the touch that starts a session counts in it). */
  onCommand(command: DeckCommand): void;
  dispose(): void;
}

export function setupVisitorTracking(deps: VisitorTrackingDeps): VisitorTracking {
  const { analytics, controller } = deps;
  if (!analytics) return { onCommand: () => undefined, dispose: () => undefined };
  const tracker = createVisitorTracker((e) => void analytics.record(e), deps.clock.now, { slideId: deps.slideId });
  const off = controller.subscribe(tracker.onState);
  tracker.onState(controller.getState(), { type: 'reset' }); // the slide on screen at start
  return {
    onCommand(command) {
      if (VISITOR_INPUT.has(command.type)) tracker.onTouch();
    },
    dispose: off,
  };
}
