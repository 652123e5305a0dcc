/**
 * The page's entry (index.html). The stylesheets come from here, so index.html links them; the
 * app itself (main.tsx: React, motion, the views) is a chunk of its own.
 *
 * When main has drawn the first view into the page (src/main/first-view.ts, issue 19), the slide
 * is on screen without any script: the app's scripts are then fetched once that first frame has
 * been drawn, so their compile and run never hold it back, and the app's first render replaces
 * the picture with the same, live screen. Without a first view (the presenter's window, the
 * handout, a first slide in a later chunk) the app starts at once.
 */
import './styles/fonts.css';
import './styles/base.css';
import './styles/slides';
import './styles/first-view.css';
import { afterNextPaint } from './after-paint';

const startApp = (): void => void import('./main');

/**
 * Runs `start` once the page's first frame has been drawn (after-paint.ts). A page whose frames
 * stop (a hidden window, a test's paused clock) starts on its first paint entry, or after a
 * short wait.
 */
function afterFirstFrame(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  afterNextPaint(once);
  setTimeout(once, 200);
  try {
    new PerformanceObserver(once).observe({ type: 'paint', buffered: true });
  } catch {
    // An engine without paint entries has the two paths above.
  }
}

if (document.querySelector('[data-first-view]')) afterFirstFrame(startApp);
else startApp();
