import { useCallback, useMemo, useState } from 'react';
import { directionOf } from '../../../shared/content/localized';
import { slideTitle } from '../../../shared/content/slide-title';
import { intlLocale } from '../../../shared/format';
import { useVisitorInput } from '../input/use-visitor-input';
import { StatusScreen } from '../components/status-screen';
import { OperatorOverlay } from '../operator/operator-overlay';
import { DeckGate, sendCommand, useDeckText, useDocumentLanguage, type DeckView } from '../view-shell';
import { NotesPanel } from './notes-panel';
import { PresenterToolbar } from './presenter-toolbar';
import { presenterLanguage, presenterStrings } from './presenter-strings';
import { SlideGrid } from './slide-grid';
import { SlideMiniature } from './slide-miniature';
import { TimerPanel } from './timer-panel';
import { useNotesLocale, useNotesZoom, usePresenterLanguage } from './use-presenter-hooks';
import '../styles/presenter.css';
import '../styles/presenter/toolbar.css';
import '../styles/presenter/panels.css';
import '../styles/presenter/grid.css';

/**
 * The presenter's window: a view of main's deck state like the audience view, showing the
 * current and next slides live, the notes, timers and the counter. Either window can drive;
 * both only send commands to main and draw what main broadcasts.
 */
export function PresenterApp() {
  return <DeckGate>{(view) => <Presenter {...view} />}</DeckGate>;
}

function Presenter({ snapshot, state }: DeckView) {
  const { deck } = snapshot;
  const locale = state.locale;
  const rtl = directionOf(locale) === 'rtl';
  // The dashboard speaks the presenter's own language (picked here, else the PC's); the slides,
  // titles and notes the audience's. The pick is this window's, never main's deck locale.
  const [picked, pickLanguage] = usePresenterLanguage(deck.locales);
  const own = useMemo(() => picked ?? presenterLanguage(deck, navigator.languages), [deck, picked]);
  const labels = useMemo(() => presenterStrings(deck, own), [deck, own]);
  const t = useDeckText(deck, locale);
  const [chosen, choose] = useNotesLocale(deck.locales);
  const [zoomStep, zoom] = useNotesZoom();
  const [gridOpen, setGridOpen] = useState(false);
  const [endCount, setEndCount] = useState(0);
  const notesLocale = chosen ?? locale;
  const count = deck.slides.length;
  const index = Math.min(state.index, count - 1);
  const slide = deck.slides[index];
  const next = index + 1 < count ? deck.slides[index + 1] : null;

  // The document keeps the deck's language (the slides and notes are its content, each tagged
  // with its own lang/dir); the dashboard's layout runs in the presenter's own direction, so its
  // arrows (presenter.css mirrors them under [dir='rtl']) match its labels.
  useDocumentLanguage(locale, directionOf(own), `${labels.presenterView} · ${t(deck.title)}`);

  useVisitorInput({ slideCount: count, rtl, send: sendCommand, hideCursorAfterMs: null });

  // The audience window decides to skip a broken slide; here we only tell main it failed.
  const reportFailure = useCallback((slideId: string, message: string) => {
    void window.showcase
      .report({ level: 'error', message: `presenter miniature failed to render: ${message}`, slideId })
      .catch(() => undefined);
  }, []);

  const number = useMemo(() => new Intl.NumberFormat(intlLocale(own), { useGrouping: false }), [own]);
  const counter = `${number.format(index + 1)} / ${number.format(count)}`;

  // End show: the room goes back to the first slide, lit; the stopwatch to zero, armed for the
  // next talk's first advance. The app stays in present mode (quitting is the operator's, by PIN).
  const endShow = () => {
    sendCommand({ type: 'first' });
    if (state.blackout) sendCommand({ type: 'toggleBlackout' });
    setEndCount((n) => n + 1);
  };
  // The operator works from this window in present mode: the audience window never shows the overlay.
  const overlay = <OperatorOverlay deck={deck} state={state} />;

  if (snapshot.status === 'out-of-service') {
    return (
      <>
        <StatusScreen kind="out-of-service" headline={t(deck.title)} message={t(deck.ui.outOfService)} />
        {overlay}
      </>
    );
  }

  return (
    <>
      <div
        className="presenter"
        data-testid="presenter"
        lang={own}
        dir={directionOf(own)}
        data-slide-id={slide.id}
        data-slide-index={index}
        data-locale={locale}
        data-revision={state.revision}
        data-blackout={state.blackout}
      >
        <h1 className="visually-hidden">
          {labels.presenterView} · {t(deck.title)}
        </h1>
        <PresenterToolbar
          deck={deck}
          labels={labels}
          blackout={state.blackout}
          own={own}
          onLanguage={pickLanguage}
          onGrid={() => setGridOpen(true)}
          onBlackout={() => sendCommand({ type: 'toggleBlackout' })}
          onEnd={endShow}
          visitorControls={snapshot.visitorControls ?? 'shown'}
          onVisitorControls={(shown) =>
            void window.showcase.presenterAction({ type: 'setVisitorControls', shown }).catch(() => undefined)
          }
          onSwapDisplays={() =>
            window.showcase.presenterAction({ type: 'swapDisplays' }).then(
              (result) => result.ok,
              () => false,
            )
          }
        />
        <main className="p-main">
          <section className="p-current" aria-labelledby="p-current-label">
            <div className="p-current__head">
              <h2 className="p-label" id="p-current-label">
                {labels.current}
              </h2>
              <p className="p-current__title" data-testid="current-title" lang={locale} dir={directionOf(locale)}>
                {t(slideTitle(slide))}
              </p>
              {state.blackout && (
                <p className="p-badge" role="status" data-testid="blackout-badge">
                  {labels.blackout}
                </p>
              )}
            </div>
            <SlideMiniature
              slide={slide}
              deck={deck}
              locale={locale}
              rtl={rtl}
              t={t}
              testId="current-slide"
              onError={reportFailure}
            />
            <nav className="p-nav" aria-label={labels.slide}>
              <button
                type="button"
                className="p-nav__button"
                data-testid="presenter-prev"
                onClick={() => sendCommand({ type: 'prev' })}
                disabled={index === 0}
              >
                <Chevron back />
                {labels.previousButton}
              </button>
              <p className="p-counter">
                <span className="visually-hidden">{labels.slide} </span>
                <span data-testid="counter" dir="ltr">
                  {counter}
                </span>
              </p>
              <button
                type="button"
                className="p-nav__button p-nav__button--next"
                data-testid="presenter-next"
                onClick={() => sendCommand({ type: 'next' })}
                disabled={index === count - 1}
              >
                {labels.nextButton}
                <Chevron />
              </button>
            </nav>
          </section>

          <aside className="p-side" aria-label={labels.presenterView}>
            <TimerPanel locale={intlLocale(own)} labels={labels} index={index} endCount={endCount} />
            <section className="p-next" aria-labelledby="p-next-label">
              <div className="p-next__head">
                <h2 className="p-label" id="p-next-label">
                  {labels.next}
                </h2>
                <p
                  className="p-next__title"
                  data-testid="next-title"
                  lang={next ? locale : own}
                  dir={directionOf(next ? locale : own)}
                >
                  {next ? t(slideTitle(next)) : labels.endOfDeck}
                </p>
              </div>
              <SlideMiniature
                slide={next}
                deck={deck}
                locale={locale}
                rtl={rtl}
                t={t}
                testId="next-slide"
                onError={reportFailure}
                empty={
                  <div className="p-end" data-testid="end-marker">
                    <span className="p-end__rule" />
                    <span className="p-end__text">{labels.endOfDeck}</span>
                  </div>
                }
              />
            </section>
            <NotesPanel
              deck={deck}
              slide={slide}
              notesLocale={notesLocale}
              chosen={chosen}
              deckLocale={locale}
              labels={labels}
              onChoose={choose}
              zoomStep={zoomStep}
              onZoom={zoom}
            />
          </aside>
        </main>
        {gridOpen && (
          <SlideGrid
            deck={deck}
            locale={locale}
            current={index}
            labels={labels}
            own={intlLocale(own)}
            t={t}
            onJump={(i) => {
              sendCommand({ type: 'goto', index: i });
              setGridOpen(false);
            }}
            onClose={() => setGridOpen(false)}
            onError={reportFailure}
          />
        )}
      </div>
      {overlay}
    </>
  );
}

/** Arrow icon; mirrored by CSS in right-to-left layouts. */
function Chevron({ back = false }: { back?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="p-icon p-chevron">
      <path
        d={back ? 'M15 5l-7 7 7 7' : 'M9 5l7 7-7 7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
