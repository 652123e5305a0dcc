/** The calm full screen for "closed" and "out of service": no error text, no stack trace. */
export function StatusScreen({ kind, headline, message }: { kind: 'closed' | 'out-of-service'; headline: string; message: string }) {
  return (
    <main className={`status-screen status-${kind}`} data-testid={`status-${kind}`}>
      <h1>{headline}</h1>
      <p>{message}</p>
    </main>
  );
}
