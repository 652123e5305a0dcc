/** The calm full screen for "closed" and "out of service": no error text, no stack trace. */
export function StatusScreen(props: {
  kind: 'closed' | 'out-of-service';
  headline: string;
  message: string;
  black?: boolean;
}) {
  if (props.black)
    return (
      <main className="status-screen status-black" data-testid={`status-${props.kind}`} aria-label={props.message} />
    );
  return (
    <main className={`status-screen status-${props.kind}`} data-testid={`status-${props.kind}`}>
      <h1>{props.headline}</h1>
      <p>{props.message}</p>
    </main>
  );
}
