/**
 * The first view (issue 19): the audience's first screen as static markup, drawn by main into
 * index.html (src/main/first-view.ts), so the slide is on screen with the page's first frame,
 * before any script has been fetched or run. It is the app's own AudienceStage, rendered with
 * react-dom/server; when the app's first render commits, React replaces it with the same screen.
 *
 * This module runs in main (built into out/main/first-view.js, see electron.vite.config.ts): it
 * must not touch `window` or `document`.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { DeckSnapshot } from '../../../shared/ipc';
import { directionOf } from '../../../shared/content/localized';
import type { FirstView } from '../../../shared/first-view';
import { AudienceStage } from '../components/audience-stage';
import { inFirstChunk } from '../slides';

const ORIENTATIONS = ['landscape', 'portrait'] as const;

/**
 * Strips what a page under our CSP may not carry or what must not be mistaken for the app:
 * inline `style` attributes (CSP `style-src 'self'` refuses them; what they held here is the
 * settled state motion sets, which is the stylesheet's own: full opacity, no offset, and the
 * unit `--u`, which first-view.css gives from the viewport) and test ids (tests act on the app,
 * not on this picture of it).
 */
export function staticMarkup(html: string): string {
  return html.replace(/ style="[^"]*"/g, '').replace(/ data-testid="[^"]*"/g, '');
}

/**
 * The first view of `snapshot`, or null when there is none to draw: the deck is closed or out of
 * service (those screens come with the app), or the slide on stage needs a chunk of its own.
 * Both orientations are drawn; first-view.css shows the one the window has, by the same rule
 * as hooks/use-stage-size.ts (landscape when width ≥ height).
 */
export function renderFirstView(snapshot: DeckSnapshot): FirstView | null {
  const { deck, state } = snapshot;
  const slide = deck.slides[Math.min(state.index, deck.slides.length - 1)];
  if (snapshot.status === 'out-of-service' || state.phase === 'closed' || !slide) return null;
  if (!inFirstChunk(slide.type)) return null;
  const draw = (orientation: (typeof ORIENTATIONS)[number]) =>
    staticMarkup(
      renderToStaticMarkup(
        <AudienceStage
          snapshot={snapshot}
          state={state}
          // The unit only sets `--u` inline, which staticMarkup strips; first-view.css sets it.
          stage={{ orientation, unit: 0 }}
          formatMessage={() => ''} // as the app's first render: the ICU chunk is not in yet
          onError={() => undefined}
        />,
        { identifierPrefix: `first-view-${orientation}-` },
      ),
    );
  const html = ORIENTATIONS.map((o) => `<div class="first-view__${o}">${draw(o)}</div>`).join('');
  return { html, lang: state.locale, dir: directionOf(state.locale) === 'rtl' ? 'rtl' : 'ltr' };
}
