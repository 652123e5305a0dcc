import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDeckFaces } from './fonts';
import { App } from './app';
import { prefetchDeck } from './hooks/use-deck';
import { MotionFeatures } from './animation';

// The presenter dashboard is its own chunk: the audience window (every kiosk) never parses it.
const loadPresenter = () => import('./presenter/presenter-app');
const PresenterApp = lazy(() => loadPresenter().then((m) => ({ default: m.PresenterApp })));
// Main opens each window with ?role=audience or ?role=presenter.
const role = new URLSearchParams(window.location.search).get('role');
// The presenter window needs its chunk at once: fetch it while the deck and fonts come in.
if (role === 'presenter') void loadPresenter().catch(() => undefined);

/**
 * Longest the first render waits for the deck and its language's faces. Both are local and
 * usually in within a few milliseconds; past this the view renders anyway (loading screen,
 * fallback font) rather than stay blank.
 */
const FIRST_RENDER_WAIT_MS = 1500;

function render(): void {
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <MotionFeatures>
          {role === 'presenter' ? (
            <Suspense fallback={null}>
              <PresenterApp />
            </Suspense>
          ) : (
            <App />
          )}
        </MotionFeatures>
      </StrictMode>,
    );
}

/**
 * The first render shows the slide itself, in its own font: it waits for the deck (asked for by
 * the preload when the page started loading, usually in already) and the deck language's faces,
 * so the first frame needs no effect, no second render and no font swap (issue 19).
 */
let rendered = false;
const renderOnce = () => {
  if (rendered) return;
  rendered = true;
  render();
};
const cap = setTimeout(renderOnce, FIRST_RENDER_WAIT_MS);
void prefetchDeck()
  .then((snapshot) => (snapshot ? loadDeckFaces(snapshot.state.locale) : undefined))
  .finally(() => {
    clearTimeout(cap);
    renderOnce();
  });
