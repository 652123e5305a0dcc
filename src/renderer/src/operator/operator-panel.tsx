import { useCallback, useEffect, useState } from 'react';
import type { Deck } from '../../../shared/content';
import type { DeckState } from '../../../shared/deck';
import type { OperatorStatus } from '../../../shared/ipc';
import {
  OPERATOR_LOCALE_NAMES,
  OPERATOR_LOCALES,
  type OperatorLocale,
} from '../../../shared/messages/operator-messages';
import { ActionResult, useActionResults } from './action-results';
import { ContentImportSection } from './content-import-section';
import { ExportsSection } from './exports-section';
import { KioskSection } from './kiosk-section';
import { operatorDir, operatorLocale, say, sayRich, setOperatorLocale } from './operator-text';
import type { KeyHandlerRef } from './pin-entry';
import { ProblemGroups } from './problem-groups';
import { ScreenSection } from './screen-section';
import { SetPin } from './set-pin';
import { StatusLine } from './status-line';
import '../styles/operator-panel.css';

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

/** The command-line flag that sets a PIN on the PC (see docs/kiosk-setup.md). */
const SET_PIN_FLAG = '--set-pin';

/**
 * The unlocked operator panel, status first: one colour-coded line saying how the kiosk is and
 * what to do, then two columns that fit one 1920×1080 screen — what visitors see (pause, opening
 * hours, a slide, the language) and the machine (content problems by pack, import, export, this
 * kiosk, PIN, exit). Every call goes to main, which checks again that this window is unlocked;
 * while it is, main holds the idle return, so what the operator sets stays.
 */
export function OperatorPanel({ deck, state, pinSet: pinSetAtUnlock, keyHandlerRef, onClose, onLocked }: Props) {
  const [status, setStatus] = useState<OperatorStatus | null>(null);
  const [settingPin, setSettingPin] = useState(false);
  const [pinNote, setPinNote] = useState<string | null>(null);
  const [locale, setLocale] = useState<OperatorLocale>(operatorLocale());

  const refresh = useCallback(() => {
    window.showcase.operatorStatus().then(setStatus, onLocked);
  }, [onLocked]);
  // Main's state changes (a jump, closing time, a reload) change the status line: ask again.
  useEffect(refresh, [refresh, state.phase, state.paused, state.index, state.revision]);
  const { results, busy, act, show } = useActionResults(refresh, onLocked);

  const pinDone = useCallback(
    (done: string | null) => {
      setSettingPin(false);
      setPinNote(done);
      refresh();
    },
    [refresh],
  );
  const chooseLocale = (next: OperatorLocale) => {
    setOperatorLocale(next);
    setLocale(next);
  };

  if (settingPin)
    return (
      <div className="operator-card operator-card-narrow" lang={locale} dir={operatorDir(locale)}>
        <SetPin keyHandlerRef={keyHandlerRef} onDone={pinDone} onLocked={onLocked} />
      </div>
    );

  const pinSet = status ? status.pinSet : pinSetAtUnlock;
  const outOfService = status?.contentStatus === 'out-of-service';
  return (
    <div className="operator-card operator-panel" data-testid="operator-panel" lang={locale} dir={operatorDir(locale)}>
      <header className="operator-header">
        <h2 id="operator-title">{say('panelTitle')}</h2>
        <div className="operator-row operator-locales" role="group" aria-label={say('panelLanguage')}>
          {OPERATOR_LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              className="operator-button operator-small"
              aria-pressed={l === locale}
              data-testid={`operator-locale-${l}`}
              onClick={() => chooseLocale(l)}
            >
              {OPERATOR_LOCALE_NAMES[l]}
            </button>
          ))}
        </div>
        <button type="button" className="operator-button" data-testid="operator-close" onClick={onClose}>
          {say('closeAndLock')}
        </button>
      </header>

      <StatusLine status={status} state={state} />
      {!pinSet && (
        <p className="operator-warning" role="alert" data-testid="no-pin-warning">
          {sayRich('noPinWarning', { setPinFlag: <code>{SET_PIN_FLAG}</code> })}
        </p>
      )}
      {pinNote && (
        <p className="operator-result" role="status" data-testid="operator-message">
          {pinNote}
        </p>
      )}

      <div className="operator-columns">
        <ScreenSection
          deck={deck}
          state={state}
          status={status}
          busy={busy}
          results={results}
          act={act}
          show={show}
          refresh={refresh}
        />
        <div className="operator-column" data-testid="operator-machine-column">
          <section aria-labelledby="op-content" data-testid="content-status">
            <h3 id="op-content">{say('contentHeading')}</h3>
            <ProblemGroups groups={status?.problemGroups ?? []} />
            <ContentImportSection
              status={status}
              busy={busy}
              act={(a) => act('import', a)}
              refresh={refresh}
              result={results.import}
            >
              <button
                type="button"
                className="operator-button"
                data-testid="operator-reload"
                disabled={busy}
                onClick={() => act('content', { type: 'reloadContent' })}
              >
                {outOfService ? say('tryAgain') : say('reloadContent')}
              </button>
            </ContentImportSection>
            <ActionResult outcome={results.content} slot="content" />
          </section>
          <ExportsSection status={status} locale={state.locale} busy={busy} act={act} result={results.export} />
          <KioskSection
            status={status}
            pinSet={pinSet}
            busy={busy}
            act={(a) => act('content', a)}
            refresh={refresh}
            onSetPin={() => setSettingPin(true)}
          />
        </div>
      </div>
    </div>
  );
}
