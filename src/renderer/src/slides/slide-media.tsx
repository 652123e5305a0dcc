import { createContext, useContext, useMemo, type JSX, type ReactNode } from 'react';
import type { Deck, Slide } from '../../../shared/content';
import { sendCommand } from '../view-shell';

/** What a film inside a slide needs from the view around it. */
export interface SlideMedia {
  /** The deck's language now: the caption track shown. */
  locale: string;
  /** Tells main a film played once has ended (null in miniatures and the handout: they never report). */
  ended: (() => void) | null;
  /** A miniature or the handout: films show their poster and never play. */
  thumbnail: boolean;
}

const SlideMediaContext = createContext<SlideMedia>({ locale: 'en', ended: null, thumbnail: true });

/** The slide's media context (a film reads its caption language and where to report its end). */
export function useSlideMedia(): SlideMedia {
  return useContext(SlideMediaContext);
}

interface ProviderProps {
  slide: Slide;
  deck: Deck;
  locale: string;
  thumbnail?: boolean;
  children: ReactNode;
}

/**
 * Gives the slide's films their language and their end report: `mediaEnded` with this slide's
 * index, which main's reducer turns into the attract loop's next step (only while the loop plays
 * and only for the slide on screen; see src/shared/deck/reducer.ts).
 */
export function SlideMediaProvider({ slide, deck, locale, thumbnail, children }: ProviderProps): JSX.Element {
  const index = deck.slides.findIndex((s) => s.id === slide.id);
  const value = useMemo<SlideMedia>(
    () => ({
      locale,
      thumbnail: thumbnail === true,
      ended: thumbnail || index < 0 ? null : () => sendCommand({ type: 'mediaEnded', index }),
    }),
    [locale, thumbnail, index],
  );
  return <SlideMediaContext.Provider value={value}>{children}</SlideMediaContext.Provider>;
}
