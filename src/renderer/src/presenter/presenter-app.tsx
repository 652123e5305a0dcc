/** Placeholder until the presenter view lands (issue 6). */
export function PresenterApp() {
  return (
    <main className="status-screen">
      <h1>Presenter view</h1>
    </main>
  );
}
