import type { DeckCommand } from '../../../shared/deck';

interface Props {
  index: number;
  count: number;
  locale: string;
  labels: { next: string; previous: string; goTo: (n: number) => string };
  send: (command: DeckCommand) => void;
}

/**
 * On-screen arrows and dots, shown once a visitor has taken over. Every target is at least
 * 44×44 px; the arrows are light discs with a dark outline so they stand out (WCAG non-text
 * contrast ≥ 3:1) on the dark stage and on photos alike; "3 / 12" says where the visitor is.
 */
export function NavControls({ index, count, locale, labels, send }: Props) {
  const number = new Intl.NumberFormat(locale);
  return (
    <nav className="nav-controls" aria-label={labels.goTo(index + 1)} data-testid="nav-controls">
      <button
        type="button"
        className="nav-arrow nav-prev"
        aria-label={labels.previous}
        onClick={() => send({ type: 'prev' })}
        disabled={index === 0}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M15 5l-7 7 7 7" />
        </svg>
      </button>
      <ol className="nav-dots">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <button
              type="button"
              className="nav-dot"
              aria-label={labels.goTo(i + 1)}
              aria-current={i === index ? 'step' : undefined}
              onClick={() => send({ type: 'goto', index: i })}
            />
          </li>
        ))}
      </ol>
      {/* The dots already name each slide for screen readers; this is for the eye. */}
      <span className="nav-position" aria-hidden="true" data-testid="nav-position" dir="ltr">
        {number.format(index + 1)} / {number.format(count)}
      </span>
      <button
        type="button"
        className="nav-arrow nav-next"
        aria-label={labels.next}
        onClick={() => send({ type: 'next' })}
        disabled={index === count - 1}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M9 5l7 7-7 7" />
        </svg>
      </button>
    </nav>
  );
}
