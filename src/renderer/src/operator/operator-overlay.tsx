import type { Deck } from '../../../shared/content';
import type { DeckState } from '../../../shared/deck';

export interface OperatorOverlayProps {
  deck: Deck;
  state: DeckState;
}

/** Placeholder until the operator overlay lands (issue 5). */
export function OperatorOverlay(_props: OperatorOverlayProps) {
  return null;
}
