import { useCallback, useEffect, type ReactNode } from 'react';
import type { Deck } from '../../shared/content';
import { pick } from '../../shared/content/localized';
import type { DeckCommand, DeckState } from '../../shared/deck';
import type { DeckSnapshot } from '../../shared/ipc';
import { useDeck } from './hooks/use-deck';
import { StatusScreen } from './components/status-screen';

// What every view of main's deck (the audience window, the presenter's, the handout) does the
// same way: send commands, wait for the deck, pick its text, tell the document its language.

/**
 * Sends a deck command to main. A refused or lost command changes nothing here: the view only
 * ever draws what main broadcasts, so there is nothing to roll back and nothing to show.
 */
export function sendCommand(command: DeckCommand): void {
  void window.showcase.command(command).catch(() => undefined);
}

/** Main's deck as a view draws it, once main has answered. */
export interface DeckView {
  snapshot: DeckSnapshot;
  state: DeckState;
}

/**
 * Renders `children` with main's deck once it is in. Until then a blank busy screen; if main
 * cannot answer, the calm out-of-service screen (useDeck keeps asking and the deck comes back
 * by itself).
 */
export function DeckGate({ children }: { children: (view: DeckView) => ReactNode }): ReactNode {
  const { snapshot, state, error } = useDeck();
  if (error) return <StatusScreen kind="out-of-service" headline="Chery Showcase" message="" />;
  if (!snapshot || !state) return <div className="loading" aria-busy="true" />;
  return children({ snapshot, state });
}

/** The deck's text picker for `locale`, falling back to the deck's default language. */
export function useDeckText(deck: Deck, locale: string): (text: Record<string, string>) => string {
  const fallback = deck.defaultLocale;
  return useCallback((text: Record<string, string>) => pick(text, locale, fallback), [locale, fallback]);
}

/**
 * Gives the document its language and direction (and its title, when given), so screen readers,
 * hyphenation and the browser's own right-to-left layout follow the view.
 */
export function useDocumentLanguage(lang: string, dir: 'ltr' | 'rtl', title?: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    if (title !== undefined) document.title = title;
  }, [lang, dir, title]);
}
