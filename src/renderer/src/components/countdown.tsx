import { useLayoutEffect, useRef, useState } from 'react';
import { motion } from '../animation';

interface Props {
  /** "Returning to the start in 10 seconds", already formatted for the locale. */
  text: string;
  /** "Touch to keep exploring": what the visitor can do about it. */
  hint: string;
  /** Seconds left, as main counts them. */
  remaining: number;
  locale: string;
}

/** What the countdown must never cover: the slide's headlines (every layout names them so). */
export const HEADLINE_SELECTOR = '[data-testid=slide] :is(h1, h2, [class*="headline"])';
/** Where the countdown may sit, best first: just above the navigation band, mid-screen, below the top band. */
const PLACES = ['low', 'middle', 'high'] as const;
/** Room kept around the card (px): its entry animation slides it by 20 px. */
const MARGIN = 24;

/**
 * Puts the card at the first place where it covers no headline. Slide layouts differ (a totem's
 * title slide sets its headline low, others mid-screen), so this is measured, not assumed. The
 * controls are safe at every place: the places lie between the top and bottom bands.
 */
function placeClearOfHeadlines(card: HTMLElement): void {
  const headlines = [...document.querySelectorAll(HEADLINE_SELECTOR)].map((h) => h.getBoundingClientRect());
  const clear = (place: string) => {
    card.dataset.place = place;
    const box = card.getBoundingClientRect();
    return headlines.every((h) => h.bottom <= box.top - MARGIN || h.top >= box.bottom + MARGIN);
  };
  card.dataset.place = PLACES.find(clear) ?? PLACES[0];
}

/**
 * The idle countdown: a card above the navigation band (where a visitor's hand is), clear of the
 * language buttons, arrows, dots and the slide's headline, with a ring that empties as time runs
 * out (placed by {@link placeClearOfHeadlines}). A touch anywhere cancels it (main handles the input). The ring moves only by
 * stroke-dashoffset, which the compositor animates cheaply.
 */
export function Countdown({ text, hint, remaining, locale }: Props) {
  // Mounted when the countdown starts: the first value main sends is the ring's 100%.
  const [first] = useState(remaining);
  const total = Math.max(first, remaining);
  const left = total > 0 ? remaining / total : 0;
  const card = useRef<HTMLDivElement>(null);
  // Once, before the first paint: the slide under it does not change while it shows (any input,
  // a slide change included, cancels the countdown).
  useLayoutEffect(() => {
    if (card.current) placeClearOfHeadlines(card.current);
  }, []);
  return (
    <motion.div
      ref={card}
      className="countdown"
      role="alert"
      data-testid="countdown-card"
      initial={{ opacity: 0, y: 20 }}
      animate={{ opacity: 1, y: 0 }}
      exit={{ opacity: 0 }}
    >
      <div className="countdown-ring" aria-hidden="true">
        <svg viewBox="0 0 100 100">
          <circle className="countdown-track" cx="50" cy="50" r="44" pathLength={1} />
          <circle
            className="countdown-progress"
            cx="50"
            cy="50"
            r="44"
            pathLength={1}
            data-testid="countdown-progress"
            style={{ strokeDashoffset: 1 - left }}
          />
        </svg>
        <span className="countdown-seconds">{new Intl.NumberFormat(locale).format(remaining)}</span>
      </div>
      <div className="countdown-text">
        <p className="countdown-hint">{hint}</p>
        {/* The message itself carries the long-standing test id: tests read its exact wording. */}
        <p className="countdown-line" data-testid="countdown">
          {text}
        </p>
      </div>
    </motion.div>
  );
}
