import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts';
import './styles/base.css';
import './styles/slides.css';
import { App } from './app';
import { prefetchDeck } from './hooks/use-deck';

prefetchDeck();

// The presenter dashboard is its own chunk: the audience window (every kiosk) never parses it.
const PresenterApp = lazy(() => import('./presenter/presenter-app').then((m) => ({ default: m.PresenterApp })));

// Main opens each window with ?role=audience or ?role=presenter.
const role = new URLSearchParams(window.location.search).get('role');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      {role === 'presenter' ? (
        <Suspense fallback={null}>
          <PresenterApp />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
