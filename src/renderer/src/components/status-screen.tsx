import { directionOf } from '../../../shared/content/localized';

/** One line of a status screen in one language. */
export interface StatusLine {
  locale: string;
  text: string;
}

/**
 * The calm full screen for "closed" and "out of service": no error text, no stack trace.
 * `lines` after the first are the same message in the deck's other languages: a screen left
 * out of service speaks to every visitor, whatever language was on screen when it broke.
 */
export function StatusScreen(props: {
  kind: 'closed' | 'out-of-service';
  headline: string;
  message: string;
  black?: boolean;
  lines?: StatusLine[];
}) {
  if (props.black)
    return (
      <main className="status-screen status-black" data-testid={`status-${props.kind}`} aria-label={props.message} />
    );
  return (
    <main className={`status-screen status-${props.kind}`} data-testid={`status-${props.kind}`}>
      <h1>{props.headline}</h1>
      <p>{props.message}</p>
      {props.lines?.map((line) => (
        <p key={line.locale} lang={line.locale} dir={directionOf(line.locale)} className="status-other-language">
          {line.text}
        </p>
      ))}
    </main>
  );
}
