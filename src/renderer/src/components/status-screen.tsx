import { directionOf } from '../../../shared/content/localized';

/** One language's block on a status screen. */
export interface StatusLine {
  locale: string;
  text: string;
  /** A second line in the same language, e.g. when the deck opens again. */
  detail?: string;
}

/**
 * The calm full screen for "closed" and "out of service": no error text, no stack trace.
 * `lines` after the message are the same message in the deck's other languages, stacked: the
 * screen speaks to every visitor, whatever language was on screen before. The two kinds look
 * different on purpose (closed: warm, a moon; out of service: cool, a pause mark), so staff and
 * visitors can tell "come back later" from "something is wrong" at a glance. `black` is the
 * operator's choice of a plain black screen while closed (opening-hours `whenClosed: "black"`):
 * it shows nothing, by design, and names the state only for assistive technology.
 */
export function StatusScreen(props: {
  kind: 'closed' | 'out-of-service';
  headline: string;
  message: string;
  /** The language of `message` and `detail`. */
  locale?: string;
  detail?: string;
  black?: boolean;
  lines?: StatusLine[];
}) {
  if (props.black)
    return (
      <main className="status-screen status-black" data-testid={`status-${props.kind}`} aria-label={props.message} />
    );
  const first: StatusLine = { locale: props.locale ?? '', text: props.message, detail: props.detail };
  return (
    <main className={`status-screen status-${props.kind}`} data-testid={`status-${props.kind}`}>
      <div className="status-mark" aria-hidden="true" />
      <h1 className="status-title">{props.headline}</h1>
      <ul className="status-lines">
        {[first, ...(props.lines ?? [])]
          .filter((line) => line.text)
          .map((line, i) => (
            <li
              key={line.locale || i}
              lang={line.locale || undefined}
              dir={line.locale ? directionOf(line.locale) : undefined}
              className={i === 0 ? 'status-line status-line-first' : 'status-line status-other-language'}
              data-testid="status-line"
            >
              <p className="status-message">{line.text}</p>
              {line.detail && <p className="status-detail">{line.detail}</p>}
            </li>
          ))}
      </ul>
    </main>
  );
}

/**
 * The values for the deck's `reopensAt` message, in the locale's own words and style: `day` is
 * "today", "tomorrow" or "in 3 days" (Intl.RelativeTimeFormat), `time` the clock time.
 */
export function reopeningValues(reopens: { at: number; daysAway: number }, locale: string): Record<string, string> {
  return {
    day: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.max(0, reopens.daysAway), 'day'),
    time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(reopens.at)),
  };
}
