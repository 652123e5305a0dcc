import { useEffect, useRef, useState } from 'react';
import type { Deck, Slide } from '../../../shared/content';
import { directionOf } from '../../../shared/content/localized';
import type { HandoutRequest } from '../../../shared/handout';
import { prepareLand } from '../map/use-land';
import { loadLaterSlides, loadMapSlide } from '../slides/lazy-chunks';
import { SettledSlide } from '../components/settled-slide';
import { useDeckText, useDocumentLanguage } from '../view-shell';
import '../styles/handout.css';

/** The slide's box on paper, in CSS px (A4 landscape is 1123 × 794 px at 96 dpi). */
const SLIDE_WIDTH = 1008;
const SLIDE_HEIGHT = 567;

/**
 * The printable handout: every slide of the deck, one A4-landscape page each, drawn by the very
 * slide components the screen uses — settled (thumbnail mode: no entrance, no count-up), in the
 * chosen language — with its source line, optionally its presenter notes, and a page number.
 * `data-handout-ready` turns true once fonts, images and the map outline are in, for the printer.
 */
export function HandoutView({ deck, request }: { deck: Deck; request: HandoutRequest }) {
  const locale = request.locale && deck.locales.includes(request.locale) ? request.locale : deck.defaultLocale;
  const rtl = directionOf(locale) === 'rtl';
  const t = useDeckText(deck, locale);
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useDocumentLanguage(locale, rtl ? 'rtl' : 'ltr', t(deck.title));
  useEffect(() => {
    // Paper is white: the screen's dark page background would print in every page's margin.
    document.documentElement.style.background = '#fff';
    document.body.style.background = '#fff';
    let alive = true;
    void settled(root.current, deck).then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
    // Once per deck and language.
  }, [deck, locale]);

  return (
    <div
      className="handout"
      ref={root}
      data-handout-ready={ready ? 'true' : 'false'}
      lang={locale}
      dir={rtl ? 'rtl' : 'ltr'}
    >
      {deck.slides.map((slide, i) => (
        <article className="handout-page" key={slide.id} data-slide-id={slide.id}>
          <div
            className="handout-slide"
            style={{ inlineSize: SLIDE_WIDTH, blockSize: SLIDE_HEIGHT, ['--u' as string]: `${SLIDE_HEIGHT / 100}px` }}
          >
            <SettledSlide slide={slide} deck={deck} locale={locale} t={t} onError={() => undefined} />
          </div>
          <footer className="handout-footer">
            <p className="handout-source" lang="en" dir="ltr">
              {sourceLine(deck, slide)}
            </p>
            {request.notes && <p className="handout-notes">{t(slide.notes)}</p>}
            <p className="handout-page-number" dir="ltr">
              {i + 1} / {deck.slides.length}
            </p>
          </footer>
        </article>
      ))}
    </div>
  );
}

/** "Source: <title>, ¶ 4, 5" from the pack's own source list (titles are not translated). */
function sourceLine(deck: Deck, slide: Slide): string {
  const ref = 'source' in slide ? slide.source : undefined;
  if (!ref) return `Source: ${deck.sources.map((s) => s.title).join('; ')}`;
  const title = deck.sources.find((s) => s.document === ref.document)?.title ?? ref.document;
  return `Source: ${title}, ¶ ${ref.paragraphs.join(', ')}`;
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Every slide type's chunk, fonts, images and the map's land outline loaded, then two frames for layout. */
async function settled(root: HTMLElement | null, deck: Deck): Promise<void> {
  // The slide types after the title and the map are chunks of their own (lazy-chunks.ts): once
  // they are here, two frames let every page render them before its images are looked for.
  const maps = deck.slides.flatMap((s) => (s.type === 'map' ? [prepareLand(s.pins)] : []));
  await Promise.all([...maps, loadLaterSlides(), loadMapSlide()]);
  await frames(2);
  await document.fonts.ready;
  const images = root ? [...root.querySelectorAll('img')] : [];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
  await frames(2);
}
