import { useEffect, useMemo, useRef } from 'react';
import { formatElapsed, formatLeft, targetLeft } from './stopwatch';
import type { PresenterStrings } from './presenter-strings';
import { TARGET_MINUTES, useStopwatch, useTargetMinutes } from './use-presenter-hooks';
import { stopKeys } from './stop-keys';

interface Props {
  locale: string;
  labels: PresenterStrings;
  /** The deck's slide index: its first move forward starts a stopwatch stopped at zero. */
  index: number;
  /** Bumped by End show: the stopwatch goes back to zero, stopped, armed for the next talk. */
  endCount: number;
}

/**
 * Elapsed time (starts on the first advance; start/pause/reset by hand too, local to this window),
 * an optional target-duration countdown that says plainly when the talk runs over, and the wall
 * clock. Buttons carry their words, not only an icon. Its own component so the quarter-second tick
 * re-renders these few nodes, not the miniatures.
 */
export function TimerPanel({ locale, labels, index, endCount }: Props) {
  const watch = useStopwatch();
  const [targetMinutes, setTargetMinutes] = useTargetMinutes();
  const clock = useMemo(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }), [locale]);
  const minutes = useMemo(
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
    [locale],
  );

  // A move forward from either window (main's state) is an advance; the first render is not, nor
  // a move back (End show's return to slide 1 must leave the stopwatch at zero for the next talk).
  const { advanced, stop } = watch;
  const shownIndex = useRef(index);
  useEffect(() => {
    const forward = index > shownIndex.current;
    shownIndex.current = index;
    if (forward) advanced();
  }, [index, advanced]);
  const shownEnd = useRef(endCount);
  useEffect(() => {
    if (shownEnd.current === endCount) return;
    shownEnd.current = endCount;
    stop();
  }, [endCount, stop]);

  const left = targetMinutes > 0 ? targetLeft(targetMinutes * 60_000, watch.elapsedMs) : null;
  return (
    <section className="p-timers" aria-label={`${labels.elapsed} · ${labels.clock}`}>
      <div className="p-timer">
        <div className="p-timer__read">
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
        </div>
        <div className="p-timer__buttons">
          {watch.running ? (
            <button type="button" className="p-button" data-testid="timer-pause" onClick={watch.pause}>
              <PauseIcon />
              {labels.pause}
            </button>
          ) : (
            <button type="button" className="p-button p-button--go" data-testid="timer-start" onClick={watch.start}>
              <PlayIcon />
              {labels.start}
            </button>
          )}
          <button type="button" className="p-button" data-testid="timer-reset" onClick={watch.reset}>
            <ResetIcon />
            {labels.reset}
          </button>
        </div>
        <div className="p-clock">
          <span className="p-label">{labels.clock}</span>
          <time className="p-clock__value" data-testid="wall-clock">
            {clock.format(watch.now)}
          </time>
        </div>
      </div>
      <div className="p-target" data-over={left?.over ?? false}>
        <label className="p-target__pick">
          <span className="p-label">{labels.target}</span>
          <select
            className="p-select"
            data-testid="target-duration"
            value={targetMinutes}
            onKeyDown={stopKeys}
            onChange={(e) => setTargetMinutes(Number(e.target.value))}
          >
            {TARGET_MINUTES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? labels.noTarget : minutes.format(m)}
              </option>
            ))}
          </select>
        </label>
        {left && (
          <p className="p-target__left" data-testid="target-left" data-over={left.over} role="timer">
            <span className="p-target__word">{left.over ? labels.overTime : labels.remaining}</span>
            <span className="p-target__value" dir="ltr">
              {formatLeft(left.leftMs, locale)}
            </span>
          </p>
        )}
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
