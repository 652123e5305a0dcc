import type { DeckCommand } from '../../../shared/deck';

interface Props {
  index: number;
  count: number;
  labels: { next: string; previous: string; goTo: (n: number) => string };
  send: (command: DeckCommand) => void;
}

/** On-screen arrows and dots, shown once a visitor has taken over. Large touch targets. */
export function NavControls({ index, count, labels, send }: Props) {
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
