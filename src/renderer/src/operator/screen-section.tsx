import type { Deck } from '../../../shared/content';
import { pick } from '../../../shared/content/localized';
import { slideTitle } from '../../../shared/content/slide-title';
import type { DeckState } from '../../../shared/deck';
import type { OperatorAction, OperatorStatus } from '../../../shared/ipc';
import { ActionResult, type Outcome, type ResultSlot } from './action-results';
import { hoursSentence } from './status-line';
import { operatorLocale, say } from './operator-text';

interface Props {
  deck: Deck;
  state: DeckState;
  status: OperatorStatus | null;
  busy: boolean;
  results: Partial<Record<ResultSlot, Outcome>>;
  act: (slot: ResultSlot, action: OperatorAction) => void;
  show: (slot: ResultSlot, outcome: Outcome) => void;
  refresh: () => void;
}

/**
 * What visitors see and how to change it: pause where it is, opening hours by hand, show a slide,
 * change the language. Slide and language are visitor commands (no unlock needed); main holds
 * them while paused and while this panel is open (no idle return behind it).
 */
export function ScreenSection({ deck, state, status, busy, results, act, show, refresh }: Props) {
  const outOfService = status?.contentStatus === 'out-of-service';
  const closed = state.phase === 'closed';
  const titleOf = (slide: Deck['slides'][number]) => pick(slideTitle(slide), operatorLocale(), deck.defaultLocale);

  const jump = (index: number) => {
    if (closed) return show('jump', { ok: false, text: say('jumpClosed') });
    void window.showcase.command({ type: 'goto', index }).then(
      () => {
        show('jump', { ok: true, text: say('jumpDone', { slide: index + 1 }) });
        refresh();
      },
      () => show('jump', { ok: false, text: say('commandRefused') }),
    );
  };
  const setLocale = (locale: string) => {
    if (closed) return show('language', { ok: false, text: say('jumpClosed') });
    void window.showcase.command({ type: 'setLocale', locale }).then(
      () => show('language', { ok: true, text: say('languageDone', { language: deck.localeNames[locale] ?? locale }) }),
      () => show('language', { ok: false, text: say('commandRefused') }),
    );
  };

  return (
    <div className="operator-column" data-testid="operator-screen-column">
      <section aria-labelledby="op-playback">
        <h3 id="op-playback">{say('playbackHeading')}</h3>
        {outOfService ? (
          <p data-testid="operator-playback">{say('outOfServiceNoSlides')}</p>
        ) : (
          <>
            <p data-testid="operator-playback">
              {say('playbackLine', {
                slide: state.index + 1,
                slideCount: state.slideCount,
                phase: state.phase,
                paused: state.paused ? 'yes' : 'no',
              })}
            </p>
            <div className="operator-row">
              {state.paused ? (
                <button
                  type="button"
                  className="operator-button"
                  data-testid="operator-resume"
                  disabled={busy}
                  onClick={() => act('playback', { type: 'resume' })}
                >
                  {say('resumeLoop')}
                </button>
              ) : (
                <button
                  type="button"
                  className="operator-button"
                  data-testid="operator-pause"
                  disabled={busy}
                  onClick={() => act('playback', { type: 'pause' })}
                >
                  {say('pauseLoop')}
                </button>
              )}
              <ActionResult outcome={results.playback} slot="playback" />
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="op-hours" data-testid="hours">
        <h3 id="op-hours">{say('hoursHeading')}</h3>
        <p data-testid="hours-line">{hoursSentence(status?.hours)}</p>
        <div className="operator-row">
          <button
            type="button"
            className="operator-button"
            data-testid="hours-open-now"
            disabled={busy || !closed}
            onClick={() => act('hours', { type: 'setOpenOverride', open: true })}
          >
            {say('openNow')}
          </button>
          <button
            type="button"
            className="operator-button"
            data-testid="hours-close-now"
            disabled={busy || closed}
            onClick={() => act('hours', { type: 'setOpenOverride', open: false })}
          >
            {say('closeNow')}
          </button>
          {status?.hours?.override && (
            <button
              type="button"
              className="operator-button"
              data-testid="hours-follow"
              disabled={busy}
              onClick={() => act('hours', { type: 'setOpenOverride', open: null })}
            >
              {say('followHours')}
            </button>
          )}
          <ActionResult outcome={results.hours} slot="hours" />
        </div>
      </section>

      {!outOfService && (
        <section aria-labelledby="op-slides">
          <h3 id="op-slides">{say('jumpHeading')}</h3>
          {closed && <p className="operator-hint">{say('jumpClosed')}</p>}
          <ol className="operator-slides" data-testid="operator-slides">
            {deck.slides.map((slide, i) => (
              <li key={slide.id}>
                <button
                  type="button"
                  className="operator-button operator-slide"
                  aria-current={i === state.index ? 'step' : undefined}
                  onClick={() => jump(i)}
                >
                  {say('slideEntry', { slide: i + 1, title: titleOf(slide) })}
                </button>
              </li>
            ))}
          </ol>
          <ActionResult outcome={results.jump} slot="jump" />
        </section>
      )}

      {!outOfService && (
        <section aria-labelledby="op-language">
          <h3 id="op-language">{say('languageHeading')}</h3>
          <div className="operator-row" data-testid="operator-languages">
            {deck.locales.map((locale) => (
              <button
                key={locale}
                type="button"
                lang={locale}
                className="operator-button"
                aria-pressed={locale === state.locale}
                onClick={() => setLocale(locale)}
              >
                {deck.localeNames[locale] ?? locale}
              </button>
            ))}
            <ActionResult outcome={results.language} slot="language" />
          </div>
        </section>
      )}
    </div>
  );
}
