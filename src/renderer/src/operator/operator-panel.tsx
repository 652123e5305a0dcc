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

/** Operator text is for staff: English, or the pack's own strings where it has one. */
const STAFF_LOCALE = 'en';

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
    void window.showcase.command(c).then(refresh, () => setMessage('The command was refused.'));
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
        <h2 id="operator-title">Operator</h2>
        <button type="button" className="operator-button" data-testid="operator-close" onClick={onClose}>
          Close and lock
        </button>
      </header>

      {!pinSet && (
        <p className="operator-warning" role="alert" data-testid="no-pin-warning">
          No operator PIN is set: in this rehearsal mode anyone who finds the gesture can open this panel, and a
          kiosk stays shut until one is set. Set one below, or with <code>--set-pin</code> — see
          docs/kiosk-setup.md.
        </p>
      )}

      <p className="operator-message" role="status" data-testid="operator-message">
        {message ?? ''}
      </p>

      <section aria-labelledby="op-playback">
        <h3 id="op-playback">Playback</h3>
        <p data-testid="operator-playback">
          Slide {state.index + 1} of {state.slideCount} · {state.phase}
          {state.paused ? ' · paused' : ''}
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
              Resume the loop
            </button>
          ) : (
            <button
              type="button"
              className="operator-button"
              data-testid="operator-pause"
              disabled={busy}
              onClick={() => act({ type: 'pause' })}
            >
              Pause the loop
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="op-slides">
        <h3 id="op-slides">Jump to slide</h3>
        <ol className="operator-slides" data-testid="operator-slides">
          {deck.slides.map((slide, i) => (
            <li key={slide.id}>
              <button
                type="button"
                className="operator-button operator-slide"
                aria-current={i === state.index ? 'step' : undefined}
                onClick={() => command({ type: 'goto', index: i })}
              >
                {i + 1}. {'title' in slide ? t(slide.title) : t(slide.headline)}
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
        <h3 id="op-content">Content</h3>
        {status && (
          <p>
            Status: <strong data-testid="content-state">{status.contentStatus}</strong> · {status.contentOrigin} pack
            {status.contentDir ? ` · ${status.contentDir}` : ''}
          </p>
        )}
        <ProblemList
          lines={problems.map(formatProblem)}
          empty="No problems in the content pack."
          testId="content-problems"
        />
        <div className="operator-row">
          <button
            type="button"
            className="operator-button"
            data-testid="operator-reload"
            disabled={busy}
            onClick={() => act({ type: 'reloadContent' })}
          >
            Reload content
          </button>
        </div>
      </section>

      <ContentImportSection status={status} busy={busy} act={act} refresh={refresh} />
      <HandoutSection locale={state.locale} busy={busy} act={act} />

      <section aria-labelledby="op-settings" data-testid="settings-status">
        <h3 id="op-settings">Settings</h3>
        <ProblemList
          lines={settingsProblems.map(formatProblem)}
          empty="The settings loaded without problems."
          testId="settings-problems"
        />
      </section>

      <section aria-labelledby="op-health" data-testid="health">
        <h3 id="op-health">Health</h3>
        {status && (
          <dl className="operator-facts">
            <dt>Uptime</dt>
            <dd data-testid="health-uptime">{duration(status.uptimeSeconds)}</dd>
            <dt>Restarts</dt>
            <dd data-testid="health-restarts">{status.restarts}</dd>
            <dt>Last error</dt>
            <dd data-testid="health-last-error">{status.lastError ?? 'none'}</dd>
            <dt>Log file</dt>
            <dd data-testid="health-log">{status.logPath ?? 'not written'}</dd>
          </dl>
        )}
        <div className="operator-row">
          <button type="button" className="operator-button" onClick={refresh}>
            Refresh
          </button>
        </div>
      </section>

      <section aria-labelledby="op-analytics">
        <h3 id="op-analytics">Visitor analytics</h3>
        <p>{status?.analyticsDir ? `Kept on this machine in ${status.analyticsDir}` : 'Analytics are off.'}</p>
        <AnalyticsHealth health={status?.analyticsHealth} />
        <div className="operator-row">
          <button
            type="button"
            className="operator-button"
            data-testid="operator-export"
            disabled={busy}
            onClick={() => act({ type: 'exportAnalytics' })}
          >
            Export analytics (CSV)
          </button>
        </div>
      </section>

      <section aria-labelledby="op-pin">
        <h3 id="op-pin">Operator PIN</h3>
        <p>{pinSet ? 'A PIN is set.' : 'No PIN is set.'}</p>
        <div className="operator-row">
          <button
            type="button"
            className="operator-button"
            data-testid="operator-set-pin"
            onClick={() => setSettingPin(true)}
          >
            {pinSet ? 'Change the PIN…' : 'Set a PIN…'}
          </button>
        </div>
      </section>

      <section aria-labelledby="op-exit">
        <h3 id="op-exit">Exit</h3>
        {confirmExit ? (
          <div className="operator-confirm" role="alertdialog" aria-label="Confirm exit" data-testid="exit-confirm">
            <p>Exit Chery Showcase? The screen leaves the kiosk until the app is started again.</p>
            <div className="operator-row">
              <button
                type="button"
                className="operator-button operator-danger"
                data-testid="exit-confirm-yes"
                onClick={() => act({ type: 'exit' })}
              >
                Yes, exit
              </button>
              <button type="button" className="operator-button" onClick={() => setConfirmExit(false)}>
                Cancel
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
            Exit the showcase…
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
