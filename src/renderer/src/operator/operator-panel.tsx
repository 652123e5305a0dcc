import { useCallback, useEffect, useState } from 'react';
import type { Deck } from '../../../shared/content';
import { pick } from '../../../shared/content/localized';
import { formatProblem } from '../../../shared/content/problems';
import type { DeckCommand, DeckState } from '../../../shared/deck';
import type { OperatorAction, OperatorStatus } from '../../../shared/ipc';
import { AnalyticsHealth } from './analytics-health';
import { ContentImportSection } from './content-import-section';
import { HandoutSection } from './handout-section';
import { duration } from './gesture';
import { say, sayRich } from './operator-text';
import type { KeyHandlerRef } from './pin-entry';
import { SetPin } from './set-pin';

interface Props {
  deck: Deck;
  state: DeckState;
  /** As main answered the unlock; the status refresh keeps it current. */
  pinSet: boolean;
  keyHandlerRef: KeyHandlerRef;
  /** Close and lock. */
  onClose: () => void;
  /** Main refused a call: this window is no longer unlocked. */
  onLocked: () => void;
}

/** Operator text is for staff: English (the operator catalogue), or the pack's own strings where it has one. */
const STAFF_LOCALE = 'en';
/** The command-line flag that sets a PIN on the PC (see docs/kiosk-setup.md). */
const SET_PIN_FLAG = '--set-pin';

/**
 * The unlocked operator panel: playback, jump to slide, language, content and settings status
 * with every problem line, health, analytics export, content reload and exit. Every call goes
 * to main, which checks again that this window is unlocked.
 */
export function OperatorPanel({ deck, state, pinSet: pinSetAtUnlock, keyHandlerRef, onClose, onLocked }: Props) {
  const [status, setStatus] = useState<OperatorStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmExit, setConfirmExit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [settingPin, setSettingPin] = useState(false);
  const t = (text: Record<string, string>) => pick(text, STAFF_LOCALE, deck.defaultLocale);

  const refresh = useCallback(() => {
    window.showcase.operatorStatus().then(setStatus, onLocked);
  }, [onLocked]);
  useEffect(refresh, [refresh]);

  const act = (action: OperatorAction) => {
    setBusy(true);
    window.showcase
      .operatorAction(action)
      .then((result) => {
        setMessage(result.message);
        refresh();
      }, onLocked)
      .finally(() => setBusy(false));
  };
  const command = (c: DeckCommand) => {
    // Visitor commands need no unlock; the status refresh keeps the lock check honest.
    void window.showcase.command(c).then(refresh, () => setMessage(say('commandRefused')));
  };

  const pinDone = useCallback(
    (done: string | null) => {
      setSettingPin(false);
      if (done) setMessage(done);
      refresh();
    },
    [refresh],
  );
  if (settingPin)
    return (
      <div className="operator-card operator-card-narrow">
        <SetPin keyHandlerRef={keyHandlerRef} onDone={pinDone} onLocked={onLocked} />
      </div>
    );

  const pinSet = status ? status.pinSet : pinSetAtUnlock;
  const problems = status?.problems ?? [];
  const settingsProblems = status?.settingsProblems ?? [];
  return (
    <div className="operator-card operator-panel" data-testid="operator-panel">
      <header className="operator-header">
        <h2 id="operator-title">{say('panelTitle')}</h2>
        <button type="button" className="operator-button" data-testid="operator-close" onClick={onClose}>
          {say('closeAndLock')}
        </button>
      </header>

      {!pinSet && (
        <p className="operator-warning" role="alert" data-testid="no-pin-warning">
          {sayRich('noPinWarning', { setPinFlag: <code>{SET_PIN_FLAG}</code> })}
        </p>
      )}

      <p className="operator-message" role="status" data-testid="operator-message">
        {message ?? ''}
      </p>

      <section aria-labelledby="op-playback">
        <h3 id="op-playback">{say('playbackHeading')}</h3>
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
              onClick={() => act({ type: 'resume' })}
            >
              {say('resumeLoop')}
            </button>
          ) : (
            <button
              type="button"
              className="operator-button"
              data-testid="operator-pause"
              disabled={busy}
              onClick={() => act({ type: 'pause' })}
            >
              {say('pauseLoop')}
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="op-slides">
        <h3 id="op-slides">{say('jumpHeading')}</h3>
        <ol className="operator-slides" data-testid="operator-slides">
          {deck.slides.map((slide, i) => (
            <li key={slide.id}>
              <button
                type="button"
                className="operator-button operator-slide"
                aria-current={i === state.index ? 'step' : undefined}
                onClick={() => command({ type: 'goto', index: i })}
              >
                {say('slideEntry', { slide: i + 1, title: 'title' in slide ? t(slide.title) : t(slide.headline) })}
              </button>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="op-language">
        <h3 id="op-language">{t(deck.ui.language)}</h3>
        <div className="operator-row" data-testid="operator-languages">
          {deck.locales.map((locale) => (
            <button
              key={locale}
              type="button"
              lang={locale}
              className="operator-button"
              aria-pressed={locale === state.locale}
              onClick={() => command({ type: 'setLocale', locale })}
            >
              {deck.localeNames[locale] ?? locale}
            </button>
          ))}
        </div>
      </section>

      <section aria-labelledby="op-content" data-testid="content-status">
        <h3 id="op-content">{say('contentHeading')}</h3>
        {status && (
          <p>
            {sayRich('contentStatusLine', {
              state: <strong data-testid="content-state">{status.contentStatus}</strong>,
              origin: status.contentOrigin,
              hasDir: status.contentDir ? 'yes' : 'no',
              dir: status.contentDir ?? '',
            })}
          </p>
        )}
        <ProblemList lines={problems.map(formatProblem)} empty={say('contentNoProblems')} testId="content-problems" />
        <div className="operator-row">
          <button
            type="button"
            className="operator-button"
            data-testid="operator-reload"
            disabled={busy}
            onClick={() => act({ type: 'reloadContent' })}
          >
            {say('reloadContent')}
          </button>
        </div>
      </section>

      <ContentImportSection status={status} busy={busy} act={act} refresh={refresh} />
      <HandoutSection locale={state.locale} busy={busy} act={act} />

      <section aria-labelledby="op-settings" data-testid="settings-status">
        <h3 id="op-settings">{say('settingsHeading')}</h3>
        <ProblemList
          lines={settingsProblems.map(formatProblem)}
          empty={say('settingsNoProblems')}
          testId="settings-problems"
        />
      </section>

      <section aria-labelledby="op-health" data-testid="health">
        <h3 id="op-health">{say('healthHeading')}</h3>
        {status && (
          <dl className="operator-facts">
            <dt>{say('healthUptime')}</dt>
            <dd data-testid="health-uptime">{duration(status.uptimeSeconds)}</dd>
            <dt>{say('healthRestarts')}</dt>
            <dd data-testid="health-restarts">{say('healthRestartCount', { count: status.restarts })}</dd>
            <dt>{say('healthLastError')}</dt>
            <dd data-testid="health-last-error">{status.lastError ?? say('healthNoError')}</dd>
            <dt>{say('healthLogFile')}</dt>
            <dd data-testid="health-log">{status.logPath ?? say('healthLogNotWritten')}</dd>
          </dl>
        )}
        <div className="operator-row">
          <button type="button" className="operator-button" onClick={refresh}>
            {say('refresh')}
          </button>
        </div>
      </section>

      <section aria-labelledby="op-analytics">
        <h3 id="op-analytics">{say('analyticsHeading')}</h3>
        <p>{status?.analyticsDir ? say('analyticsKeptIn', { dir: status.analyticsDir }) : say('analyticsOff')}</p>
        <AnalyticsHealth health={status?.analyticsHealth} />
        <div className="operator-row">
          <button
            type="button"
            className="operator-button"
            data-testid="operator-export"
            disabled={busy}
            onClick={() => act({ type: 'exportAnalytics' })}
          >
            {say('exportAnalytics')}
          </button>
        </div>
      </section>

      <section aria-labelledby="op-pin">
        <h3 id="op-pin">{say('pinHeading')}</h3>
        <p>{pinSet ? say('pinIsSet') : say('pinIsNotSet')}</p>
        <div className="operator-row">
          <button
            type="button"
            className="operator-button"
            data-testid="operator-set-pin"
            onClick={() => setSettingPin(true)}
          >
            {pinSet ? say('changePin') : say('setPin')}
          </button>
        </div>
      </section>

      <section aria-labelledby="op-exit">
        <h3 id="op-exit">{say('exitHeading')}</h3>
        {confirmExit ? (
          <div
            className="operator-confirm"
            role="alertdialog"
            aria-label={say('exitConfirmLabel')}
            data-testid="exit-confirm"
          >
            <p>{say('exitConfirmQuestion')}</p>
            <div className="operator-row">
              <button
                type="button"
                className="operator-button operator-danger"
                data-testid="exit-confirm-yes"
                onClick={() => act({ type: 'exit' })}
              >
                {say('exitYes')}
              </button>
              <button type="button" className="operator-button" onClick={() => setConfirmExit(false)}>
                {say('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="operator-button operator-danger"
            data-testid="operator-exit"
            onClick={() => setConfirmExit(true)}
          >
            {say('exitShowcase')}
          </button>
        )}
      </section>
    </div>
  );
}

function ProblemList({ lines, empty, testId }: { lines: string[]; empty: string; testId: string }) {
  if (lines.length === 0) return <p data-testid={testId}>{empty}</p>;
  return (
    <ul className="operator-problems" data-testid={testId}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
