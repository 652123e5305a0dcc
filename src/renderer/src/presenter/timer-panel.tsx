import { useMemo } from 'react';
import { formatElapsed } from './stopwatch';
import type { PresenterStrings } from './presenter-strings';
import { useStopwatch } from './use-presenter-hooks';

interface Props {
  locale: string;
  labels: PresenterStrings;
}

/**
 * Elapsed time (start/pause/reset, local to this window) and the wall clock. The buttons
 * are icons (play, pause, reset) named for assistive technology, to fit a laptop's column. Its own
 * component so the quarter-second tick re-renders these few nodes, not the miniatures.
 */
export function TimerPanel({ locale, labels }: Props) {
  const watch = useStopwatch();
  const clock = useMemo(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }), [locale]);
  return (
    <section className="p-timers" aria-label={`${labels.elapsed} · ${labels.clock}`}>
      <div className="p-timer">
        <span className="p-label">{labels.elapsed}</span>
        <time
          className="p-timer__value"
          data-testid="elapsed"
          data-running={watch.running}
          dir="ltr"
          dateTime={`PT${Math.floor(watch.elapsedMs / 1000)}S`}
        >
          {formatElapsed(watch.elapsedMs, locale)}
        </time>
        <div className="p-timer__buttons">
          {watch.running ? (
            <button
              type="button"
              className="p-button"
              data-testid="timer-pause"
              aria-label={labels.pause}
              title={labels.pause}
              onClick={watch.pause}
            >
              <PauseIcon />
            </button>
          ) : (
            <button
              type="button"
              className="p-button p-button--primary"
              data-testid="timer-start"
              aria-label={labels.start}
              title={labels.start}
              onClick={watch.start}
            >
              <PlayIcon />
            </button>
          )}
          <button
            type="button"
            className="p-button"
            data-testid="timer-reset"
            aria-label={labels.reset}
            title={labels.reset}
            onClick={watch.reset}
          >
            <ResetIcon />
          </button>
        </div>
      </div>
      <div className="p-clock">
        <span className="p-label">{labels.clock}</span>
        <time className="p-clock__value" data-testid="wall-clock">
          {clock.format(watch.now)}
        </time>
      </div>
    </section>
  );
}

const PlayIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" className="p-icon">
    <path d="M8 5.5v13l10-6.5z" fill="currentColor" />
  </svg>
);
const PauseIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" className="p-icon">
    <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor" />
  </svg>
);
const ResetIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" className="p-icon">
    <path
      d="M5 12a7 7 0 1 0 2.05-4.95M5 4.5v3.5h3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
