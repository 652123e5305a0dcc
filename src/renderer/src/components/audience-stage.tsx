import { useMemo } from 'react';
import { AnimatePresence, MotionConfig } from '../animation';
import { slideTitle } from '../../../shared/content/slide-title';
import type { MessageValues } from '../../../shared/messages/format-message';
import { SlideStage } from './slide-stage';
import { LiveRegion } from './live-region';
import { Countdown } from './countdown';
import { NavControls } from './nav-controls';
import { LanguageSwitch } from './language-switch';
import { sendCommand, useDeckText, type DeckView } from '../view-shell';

export interface AudienceStageProps extends DeckView {
  /** The window's shape (hooks/use-stage-size.ts); the first view draws both (first-view/). */
  stage: { orientation: 'landscape' | 'portrait'; unit: number };
  formatMessage: (message: string, locale: string, values?: MessageValues) => string;
  onError: (slideId: string, message: string) => void;
}

/**
 * The audience's screen while the deck is open: the slide on stage and the shell's controls. It
 * reads nothing of the window (the caller measures it), so main can draw the same markup into
 * index.html before any script runs (the first view, issue 19) and the app's own first render
 * then looks the same.
 */
export function AudienceStage({ snapshot, state, stage, formatMessage, onError }: AudienceStageProps) {
  const { deck } = snapshot;
  const locale = state.locale;
  const t = useDeckText(deck, locale);
  const slide = deck.slides[Math.min(state.index, deck.slides.length - 1)];
  const announcement = useMemo(
    () =>
      formatMessage(t(deck.ui.slideAnnouncement), locale, {
        number: state.index + 1,
        total: deck.slides.length,
        title: t(slideTitle(slide)),
      }),
    [formatMessage, t, locale, deck, state.index, slide],
  );
  const interactive = state.phase !== 'attract' || state.mode !== 'kiosk';
  // Present mode with the visitor controls hidden (setting or presenter toggle): the slide alone.
  const cleanScreen = state.mode === 'present' && snapshot.visitorControls === 'hidden';
  return (
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
              onError={onError}
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
  );
}
