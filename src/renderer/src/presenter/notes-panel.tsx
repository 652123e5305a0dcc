import type { Deck, Slide } from '../../../shared/content';
import { directionOf, pick } from '../../../shared/content/localized';
import type { PresenterStrings } from './presenter-strings';

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
}

/** The current slide's notes, with a small picker for their language (this window only). */
export function NotesPanel({ deck, slide, notesLocale, chosen, deckLocale, labels, onChoose }: Props) {
  const follow = `${labels.followSlides} (${deck.localeNames[deckLocale] ?? deckLocale})`;
  return (
    <section className="p-notes" aria-labelledby="p-notes-label">
      <header className="p-notes__head">
        <h2 className="p-label" id="p-notes-label">
          {labels.notes}
        </h2>
        {deck.locales.length > 1 && (
          <label className="p-notes__pick">
            <span className="visually-hidden">{labels.notesLanguage}</span>
            <select
              className="p-select"
              data-testid="notes-language"
              value={chosen ?? ''}
              onChange={(e) => onChoose(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">{follow}</option>
              {deck.locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {deck.localeNames[l] ?? l}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {/* The wheel scrolls the notes here; it must not reach the window's wheel-to-navigate. */}
      <div className="p-notes__body" tabIndex={0} onWheel={(e) => e.stopPropagation()}>
        <p data-testid="notes" lang={notesLocale} dir={directionOf(notesLocale)} data-notes-locale={notesLocale}>
          {pick(slide.notes, notesLocale, deck.defaultLocale)}
        </p>
      </div>
    </section>
  );
}
