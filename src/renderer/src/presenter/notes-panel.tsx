import type { Deck, Slide } from '../../../shared/content';
import { directionOf, pick } from '../../../shared/content/localized';
import { LocaleOptions, localeName } from './locale-options';
import type { PresenterStrings } from './presenter-strings';
import { stopKeys } from './stop-keys';
import { NOTES_ZOOM_STEPS } from './use-presenter-hooks';

interface Props {
  deck: Deck;
  slide: Slide;
  /** The language the notes are shown in (the presenter's pick, or the deck's locale). */
  notesLocale: string;
  /** The presenter's pick; null follows the deck's locale. */
  chosen: string | null;
  deckLocale: string;
  labels: PresenterStrings;
  onChoose: (locale: string | null) => void;
  /** Index into NOTES_ZOOM_STEPS (A− / A+), kept per session by the caller. */
  zoomStep: number;
  onZoom: (delta: -1 | 1) => void;
}

/** The current slide's notes, with A− / A+ and a picker for their language (this window only). */
export function NotesPanel(props: Props) {
  const { deck, slide, notesLocale, chosen, deckLocale, labels, onChoose, zoomStep, onZoom } = props;
  const follow = `${labels.followSlides} (${localeName(deck, deckLocale)})`;
  return (
    <section className="p-notes" aria-labelledby="p-notes-label">
      <header className="p-notes__head">
        <h2 className="p-label" id="p-notes-label">
          {labels.notes}
        </h2>
        <div className="p-notes__zoom" role="group" aria-label={`${labels.notesSmaller} / ${labels.notesLarger}`}>
          <button
            type="button"
            className="p-button p-button--zoom"
            data-testid="notes-smaller"
            aria-label={labels.notesSmaller}
            title={labels.notesSmaller}
            disabled={zoomStep <= 0}
            onClick={() => onZoom(-1)}
          >
            <span aria-hidden="true">A−</span>
          </button>
          <button
            type="button"
            className="p-button p-button--zoom"
            data-testid="notes-larger"
            aria-label={labels.notesLarger}
            title={labels.notesLarger}
            disabled={zoomStep >= NOTES_ZOOM_STEPS.length - 1}
            onClick={() => onZoom(1)}
          >
            <span aria-hidden="true">A+</span>
          </button>
        </div>
        {deck.locales.length > 1 && (
          <label className="p-notes__pick">
            <span className="visually-hidden">{labels.notesLanguage}</span>
            <select
              className="p-select"
              data-testid="notes-language"
              value={chosen ?? ''}
              onKeyDown={stopKeys}
              onChange={(e) => onChoose(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">{follow}</option>
              <LocaleOptions deck={deck} />
            </select>
          </label>
        )}
      </header>
      {/* The wheel scrolls the notes here; it must not reach the window's wheel-to-navigate. */}
      <div
        className="p-notes__body"
        tabIndex={0}
        onWheel={(e) => e.stopPropagation()}
        style={{ ['--p-notes-zoom' as string]: NOTES_ZOOM_STEPS[zoomStep] }}
        data-zoom-step={zoomStep}
      >
        <p data-testid="notes" lang={notesLocale} dir={directionOf(notesLocale)} data-notes-locale={notesLocale}>
          {pick(slide.notes, notesLocale, deck.defaultLocale)}
        </p>
      </div>
    </section>
  );
}
