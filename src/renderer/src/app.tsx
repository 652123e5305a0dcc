import { lazy, Suspense, useCallback, useEffect } from 'react';
import { directionOf, pick } from '../../shared/content/localized';
import { useFormatMessage } from './use-format-message';
import { useStageSize } from './hooks/use-stage-size';
import { useVisitorInput } from './input/use-visitor-input';
import { AudienceStage } from './components/audience-stage';
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

  // The overlay sits at the same place in the tree in every branch, so an open panel survives
  // the deck closing (opening hours) or going out of service.
  return (
    <>
      <AudienceStage
        snapshot={snapshot}
        state={state}
        stage={stage}
        formatMessage={formatMessage}
        onError={reportFailure}
      />
      {overlay}
      {/* After the overlay: the overlay keeps its place among siblings in every branch (see above). */}
      <LiveProblems problems={snapshot.liveProblems} />
    </>
  );
}
