import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { AnimatePresence, MotionConfig } from './animation';
import { directionOf, pick } from '../../shared/content/localized';
import { slideTitle } from '../../shared/content/slide-title';
import { useFormatMessage } from './use-format-message';
import { useStageSize } from './hooks/use-stage-size';
import { useVisitorInput } from './input/use-visitor-input';
import { SlideStage } from './components/slide-stage';
import { LiveRegion } from './components/live-region';
import { Countdown } from './components/countdown';
import { NavControls } from './components/nav-controls';
import { LanguageSwitch } from './components/language-switch';
import { StatusScreen, reopeningValues } from './components/status-screen';
import { OperatorOverlay } from './operator/operator-overlay';
import { LiveProblems } from './components/live-problems';
import { prepareMaps } from './slides/lazy-chunks';
import { readHandoutQuery } from '../../shared/handout';
import { DeckGate, sendCommand, useDeckText, useDocumentLanguage, type DeckView } from './view-shell';

// The printable handout (`?role=handout`) is its own chunk: a kiosk never parses it.
const HandoutView = lazy(() => import('./handout/handout-view').then((m) => ({ default: m.HandoutView })));
const handout = readHandoutQuery(window.location.search);

/** The audience view: a view of main's deck state, nothing more. */
export function App() {
  return (
    <DeckGate>
      {({ snapshot, state }) =>
        handout ? (
          <Suspense fallback={null}>
            <HandoutView deck={snapshot.deck} request={handout} />
          </Suspense>
        ) : (
          <Audience snapshot={snapshot} state={state} />
        )
      }
    </DeckGate>
  );
}

function Audience({ snapshot, state }: DeckView) {
  const { deck } = snapshot;
  const stage = useStageSize();
  const formatMessage = useFormatMessage(); // the ICU formatter is its own chunk (issue 19)
  const locale = state.locale;
  const rtl = directionOf(locale) === 'rtl';
  const t = useDeckText(deck, locale);
  const slide = deck.slides[Math.min(state.index, deck.slides.length - 1)];

  useDocumentLanguage(locale, rtl ? 'rtl' : 'ltr');
  useEffect(() => prepareMaps(deck), [deck]);

  useVisitorInput({
    slideCount: deck.slides.length,
    rtl,
    send: sendCommand,
    hideCursorAfterMs: state.mode === 'kiosk' ? 3000 : null,
  });

  const reportFailure = useCallback(
    (slideId: string, message: string) => {
      void window.showcase
        .report({ level: 'error', message: `slide failed to render: ${message}`.slice(0, 1000), slideId })
        .catch(() => undefined);
      sendCommand({ type: 'skip', from: deck.slides.findIndex((s) => s.id === slideId) });
    },
    [deck.slides],
  );

  const announcement = useMemo(
    () =>
      formatMessage(t(deck.ui.slideAnnouncement), locale, {
        number: state.index + 1,
        total: deck.slides.length,
        title: t(slideTitle(slide)),
      }),
    [formatMessage, t, locale, deck, state.index, slide],
  );

  // The operator overlay stays reachable on every screen, closed and out-of-service included —
  // except in present mode, where it opens in the presenter's window only: the projected screen
  // never shows the PIN pad or the panel, whatever gesture or keys reach this window.
  const overlay = state.mode === 'present' ? null : <OperatorOverlay deck={deck} state={state} />;
  if (snapshot.status === 'out-of-service') {
    return (
      <>
        <StatusScreen
          kind="out-of-service"
          headline={t(deck.title)}
          message={t(deck.ui.outOfService)}
          locale={locale}
          lines={deck.locales
            .filter((l) => l !== locale)
            .map((l) => ({ locale: l, text: pick(deck.ui.outOfService, l, deck.defaultLocale) }))}
        />
        {overlay}
      </>
    );
  }
  const reopening = (l: string) =>
    snapshot.reopensAt && deck.ui.reopensAt
      ? formatMessage(pick(deck.ui.reopensAt, l, deck.defaultLocale), l, reopeningValues(snapshot.reopensAt, l))
      : undefined;
  if (state.phase === 'closed') {
    return (
      <>
        <StatusScreen
          kind="closed"
          headline={t(deck.title)}
          message={t(deck.ui.closed)}
          locale={locale}
          detail={reopening(locale)}
          black={snapshot.whenClosed === 'black'}
          lines={deck.locales
            .filter((l) => l !== locale)
            .map((l) => ({ locale: l, text: pick(deck.ui.closed, l, deck.defaultLocale), detail: reopening(l) }))}
        />
        {overlay}
      </>
    );
  }

  const interactive = state.phase !== 'attract' || state.mode !== 'kiosk';
  // Present mode with the visitor controls hidden (setting or presenter toggle): the slide alone.
  const cleanScreen = state.mode === 'present' && snapshot.visitorControls === 'hidden';
  // The overlay sits at the same place in the tree in every branch, so an open panel survives
  // the deck closing (opening hours) or going out of service.
  return (
    <>
      <MotionConfig reducedMotion={snapshot.reducedMotion ? 'always' : 'user'}>
        <div
          className={`app app-${stage.orientation}${interactive ? ' is-interactive' : ''}`}
          style={{ ['--u' as string]: `${stage.unit}px` }}
          data-phase={state.phase}
          data-slide-index={state.index}
          data-slide-id={slide.id}
          data-locale={locale}
        >
          <main className="stage" aria-roledescription="slide show">
            <AnimatePresence mode="wait" initial={false}>
              <SlideStage
                key={slide.id}
                slide={slide}
                deck={deck}
                locale={locale}
                t={t}
                orientation={stage.orientation}
                onError={reportFailure}
              />
            </AnimatePresence>
          </main>
          {!cleanScreen && (
            <LanguageSwitch
              locales={deck.locales}
              names={deck.localeNames}
              current={locale}
              label={t(deck.ui.language)}
              onChoose={(l) => sendCommand({ type: 'setLocale', locale: l })}
            />
          )}
          {interactive && !cleanScreen && (
            <NavControls
              index={state.index}
              count={deck.slides.length}
              locale={locale}
              send={sendCommand}
              labels={{
                next: t(deck.ui.next),
                previous: t(deck.ui.previous),
                goTo: (n) => formatMessage(t(deck.ui.goToSlide), locale, { number: n }),
              }}
            />
          )}
          {!interactive && (
            <p className="touch-hint" aria-hidden="true">
              {t(deck.ui.touchToExplore)}
            </p>
          )}
          <AnimatePresence>
            {state.phase === 'countdown' && (
              <Countdown
                key="countdown"
                text={formatMessage(t(deck.ui.returningToStart), locale, { seconds: state.countdownRemaining })}
                hint={t(deck.ui.keepExploring ?? deck.ui.touchToExplore)}
                remaining={state.countdownRemaining}
                locale={locale}
              />
            )}
          </AnimatePresence>
          <LiveRegion text={announcement} />
          {state.blackout && <div className="blackout" data-testid="blackout" />}
        </div>
      </MotionConfig>
      {overlay}
      {/* After the overlay: the overlay keeps its place among siblings in every branch (see above). */}
      <LiveProblems problems={snapshot.liveProblems} />
    </>
  );
}
