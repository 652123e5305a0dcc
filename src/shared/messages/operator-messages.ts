/**
 * The operator panel's and PIN pad's messages: ICU messages like the pack's `ui` strings, checked
 * and plural-tested the same way (tests/unit/content/operator-messages.test.ts). This file is the
 * English source; the same ids in Chinese, Arabic and Russian live beside it
 * (operator-messages-<locale>.ts), typed as {@link OperatorCatalogue} so none can miss a message.
 * The operator picks the panel's language in the panel; it is theirs, not the visitors'.
 */
/** The source locale: what every other catalogue translates, and the fallback. */
export const OPERATOR_LOCALE = 'en';
/** The languages the operator screens speak, in the order the panel offers them. */
export const OPERATOR_LOCALES = ['en', 'zh-CN', 'ar', 'ru'] as const;
export type OperatorLocale = (typeof OPERATOR_LOCALES)[number];
/** Each language's own name, for the panel's language choice. */
export const OPERATOR_LOCALE_NAMES: Record<OperatorLocale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  ar: 'العربية',
  ru: 'Русский',
};

/** How every refused import or roll back ends: what plays is untouched. */
const UNCHANGED = ' Nothing was changed; the current content keeps playing.';
const problemCount = '{count, plural, one {# problem} other {# problems}}';

export const OPERATOR_MESSAGES = {
  pinLocked: 'Locked. Try again in {minutes, plural, one {# min} other {# min}}.',
  pinWrong: 'Wrong PIN. {attemptsLeft, plural, one {# attempt} other {# attempts}} left before a lockout.',
  pinTooMany: 'Too many wrong PINs.',
  pinNotSet: 'The operator panel is closed on this kiosk until a PIN is set on the PC (--set-pin).',
  pinUnreadable: 'The operator PIN cannot be checked. See the log.',
  pinPresenterOnly: 'During a presentation the operator panel opens on the presenter screen only.',
  analyticsRecording: 'Recording normally.',
  analyticsStopped: 'Not recording: {reason}.',
  analyticsRetryAt: 'It tries again at {time}.',
  analyticsHeld:
    '{count, plural, one {# event} other {# events}} waiting in memory; they are written once the disk works again (lost if the app stops before).',
  analyticsLost: '{count, plural, one {# event} other {# events}} lost: memory for waiting events was full.',
  analyticsRotationBlocked:
    'The files could not be rotated ({reason}); nothing is lost and it tries again in a few minutes. Close any analytics file open in another program.',
  analyticsLastError: 'Last error: {error}',
  analyticsOff: 'Analytics are off.',

  // PIN entry, PIN pad and setting a PIN
  pinTitle: 'Operator PIN',
  pinNewTitle: 'New operator PIN',
  pinConfirmTitle: 'Confirm the new PIN',
  pinDigitsEntered: '{count, plural, one {# digit} other {# digits}} entered',
  pinLengthHint: '{min, number}–{max, number} digits',
  pinTooShort: 'The PIN has {min, number} to {max, number} digits.',
  pinCheckFailed: 'The PIN could not be checked. See the log.',
  pinChooseLength: 'Choose {min, number} to {max, number} digits.',
  pinTypeAgain: 'Type the new PIN again to confirm.',
  pinEntriesDiffer: 'The two entries differ. Type the new PIN again.',
  pinSaved: 'New PIN saved.',
  pinDeleteDigit: 'Delete digit',
  pinOk: 'OK',
  cancel: 'Cancel',
  panelRelocked: 'The panel locked itself. Enter the PIN again.',

  // The operator panel: header
  panelTitle: 'Operator',
  closeAndLock: 'Close and lock',
  panelLanguage: 'Panel language',
  noPinWarning:
    'No operator PIN is set: in this rehearsal mode anyone who finds the gesture can open this panel, and a kiosk stays shut until one is set. Set one below, or with {setPinFlag} — see docs/kiosk-setup.md.',
  commandRefused: 'The command was refused.',

  // The status line at the top: one sentence, cause and next step
  statusOkCustom: 'All fine: your pack at {dir} is playing ({slides, plural, one {# slide} other {# slides}}).',
  statusOkBundled: 'All fine: the built-in deck is playing ({slides, plural, one {# slide} other {# slides}}).',
  statusWarnings:
    'Playing, with {count, plural, one {# warning} other {# warnings}} to look at (listed under Content).',
  statusFallback:
    'Your pack at {dir} has {count, plural, one {# problem} other {# problems}} — the built-in deck is playing. Fix {file}, then Reload.',
  statusOutOfService:
    'Nothing is playing: {cause, select, crashes {the display stopped working several times in a row} other {no content could be read}}. Visitors see a “back soon” notice. {cause, select, crashes {Press Try again.} other {Fix the problems under Content, then Try again.}}',
  statusSettings:
    'settings.json has {count, plural, one {# problem} other {# problems}}: those settings use their defaults.',
  statusPaused: 'Paused on slide {slide, number}: it stays until you press Resume.',
  statusLoading: 'Asking the kiosk how it is…',

  // Opening hours
  hoursHeading: 'Opening hours',
  hoursNone: 'No opening hours are set: the screen is always on.',
  hoursOpenUntil: 'Open; closes at {time}.',
  hoursClosedUntil:
    'Closed by the opening hours; opens again {day, select, today {today} tomorrow {tomorrow} other {on {date}}} at {time}.',
  hoursOpenedByHand: 'Opened by hand until {time}, then the opening hours apply again.',
  hoursClosedByHand: 'Closed by hand until {time}, then the opening hours apply again.',
  hoursOpenedByHandForGood: 'Opened by hand.',
  hoursClosedByHandForGood: 'Closed by hand until you open it again.',
  openNow: 'Open now',
  closeNow: 'Close now',
  followHours: 'Follow the opening hours',
  resultOpened: 'Open now. Visitors see the slides.',
  resultClosed: 'Closed now. Visitors see the closed screen.',
  resultFollowing: 'The opening hours apply again.',
  resultAlwaysOpen: 'No opening hours are set: the screen is always open. Nothing was changed.',

  // Playback
  playbackHeading: 'On screen now',
  playbackLine:
    'Slide {slide, number} of {slideCount, number} · {phase, select, attract {playing by itself} interactive {a visitor is using it} countdown {about to return to the start} closed {closed} other {}}{paused, select, yes { · paused} other {}}',
  resumeLoop: 'Resume',
  pauseLoop: 'Pause here',
  resultPaused: 'Paused: this slide and language stay until you press Resume.',
  resultResumed: 'Playing again.',
  jumpHeading: 'Show a slide',
  slideEntry: '{slide, number} · {title}',
  jumpClosed: 'The screen is closed, so no slide can be shown. Press Open now first.',
  jumpDone: 'Showing slide {slide, number}.',
  languageHeading: 'Language on screen',
  languageDone: 'The screen now speaks {language}.',
  outOfServiceNoSlides: 'No slides can be shown while nothing is playing.',

  // Content
  contentHeading: 'Content',
  contentNoProblems: 'No problems in the content.',
  groupFailed: 'Your pack at {where} — not playing',
  groupPlayingCustom: 'Your pack at {where} — playing',
  groupPlayingBundled: 'Built-in deck at {where}',
  groupSettings: 'Settings file {where}',
  groupMore: 'and {count, plural, one {# more} other {# more}} (all of them are in the log)',
  problemWarning: 'Warning',
  problemWholeFile: '{file}',
  problemSlide: 'Slide {slide, number} · {title}',
  problemSlideNoTitle: 'Slide {slide, number}',
  problemWrongType:
    'should be {expected, select, number {a number} string {text} boolean {true or false} object {a group of fields} array {a list} record {a text for each language} other {{expected}}}, but it is {received, select, number {a number} string {text} boolean {true or false} object {a group of fields} array {a list} null {empty (null)} undefined {missing} other {{received}}}',
  problemMissing: 'is missing',
  problemAtLeast: 'must be at least {min}',
  problemAbove: 'must be more than {min}',
  problemAtMost: 'must be at most {max}',
  problemBelow: 'must be less than {max}',
  problemTooShort: '{unit, select, characters {must not be empty} other {needs at least {min}}}',
  problemTooLong:
    '{unit, select, characters {is too long: at most {max} characters} other {has too many entries: at most {max}}}',
  problemMustBe: 'must be {value}',
  problemOneOf: 'must be one of: {options}',
  problemUnknownField: 'is not a field the app knows: {keys}',
  problemIdShape: 'may use only lowercase letters, digits and dashes (a-z, 0-9, -)',
  problemInvalid: 'is not valid here',
  reloadContent: 'Reload',
  tryAgain: 'Try again',
  resultReloadOk: 'Reloaded: {dir} is playing.',
  resultReloadBundled: 'Reloaded: the built-in deck is playing.',
  resultReloadFailed: 'Reloaded, but the pack still has problems (see the list).',

  // Exports
  exportsHeading: 'Export',
  exportAnalytics: 'Visits (CSV) to this PC',
  exportToDrive: 'Visits (CSV) to {drive}',
  exportChooseFolder: 'Visits (CSV) to a folder…',
  exportNoDrive: 'No USB drive found. Plug one in, then Refresh.',
  resultExported: '{rows, plural, one {# row} other {# rows}} saved to {file}',
  resultSavedTo: 'Saved to {file}',
  resultExportCancelled: 'No folder was chosen; nothing was saved.',
  exportFolderGone:
    'The folder {dir} is gone (was the drive pulled out?); nothing was saved, and nothing was created in its place.',

  // This kiosk
  healthHeading: 'This kiosk',
  healthVersion: 'Version',
  healthDevice: 'Device name',
  healthUptime: 'Running for',
  healthRestarts: 'Restarts',
  healthRestartCount: '{count, number}',
  healthLastError: 'Last error',
  healthNoError: 'none',
  healthLogFile: 'Log file',
  healthLogNotWritten: 'not written',
  refresh: 'Refresh',
  changePin: 'Change the PIN…',
  setPin: 'Set a PIN…',
  exitConfirmLabel: 'Confirm exit',
  exitConfirmQuestion: 'Exit Chery Showcase? The screen leaves the kiosk until the app is started again.',
  exitYes: 'Yes, exit',
  exitShowcase: 'Exit the showcase…',
  resultFailed: 'That did not work: {reason}',

  // Content import and handout
  importHeading: 'Import content',
  importNoDrive: 'No content pack found on a USB drive. Plug one in, then Refresh.',
  importPack: 'Import {dir}',
  importRefreshDrives: 'Refresh the drive list',
  importChooseFolder: 'Choose a folder…',
  importRollback: 'Roll back to the previous pack',
  importLast: 'Last import: {result}',
  // Import and Roll back outcomes (main sends these ids; the paths and ids are arguments)
  importUnavailable: 'Importing content is not available here.',
  resultPickerWindowOnly: 'The folder picker is only offered in window mode.',
  drivesUnreadable: 'The USB drives could not be listed ({reason}); nothing was changed. Try Refresh, or see the log.',
  importNoFolder: 'No folder was chosen; nothing was changed.',
  importNotListed: '{dir} is not a content pack on a USB drive now. Refresh the drive list and try again.',
  importInvalid: `Not imported: {source} is not a valid pack (${problemCount}; the first: {first}).${UNCHANGED}`,
  importDiskFull: `Not imported: the disk holding {target} is full.${UNCHANGED}`,
  importFilesVanished: `Not imported: files disappeared from {source} while copying. Was the drive removed?${UNCHANGED}`,
  importNoPermission: `Not imported: no permission to copy from {source} to {target} ({code}).${UNCHANGED}`,
  importDriveUnreadable: `Not imported: the drive could not be read ({code}); it may be damaged or was removed.${UNCHANGED}`,
  importCopyFailed: `Not imported: copying from {source} to {target} failed ({code}).${UNCHANGED}`,
  importCopyBroken: `Not imported: the copy of {source} is incomplete or broken — was the drive removed? (${problemCount}; the first: {first}).${UNCHANGED}`,
  importSwapFailed: `Not imported: replacing {target} failed ({code}).${UNCHANGED}`,
  importDone:
    'Done: imported "{deck}" from {source} into {target}{kept, select, yes {; the pack it replaced is kept for Roll back} other {}} · now playing: {playing}',
  rollbackNone: `Not rolled back: there is no previous pack.${UNCHANGED}`,
  rollbackBroken: `Not rolled back: the previous pack in {dir} is broken (${problemCount}; the first: {first}).${UNCHANGED}`,
  rollbackFailed: `Rolling back failed ({code}).${UNCHANGED}`,
  rollbackDone: 'Done: rolled back to "{deck}"; the pack it replaced is now the previous one · now playing: {playing}',
  handoutPdf: 'Handout (PDF)',
  handoutPdfNotes: 'Handout with notes (PDF)',
} as const;

export type OperatorMessageId = keyof typeof OPERATOR_MESSAGES;
/** A whole catalogue: every id, in one language. */
export type OperatorCatalogue = Record<OperatorMessageId, string>;
