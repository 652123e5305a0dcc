/**
 * The operator panel's and PIN pad's messages: ICU messages like the pack's `ui` strings, checked
 * and plural-tested the same way (tests/unit/content/operator-messages.test.ts). Staff screens are
 * English only (docs/kiosk-setup.md is English), so this catalogue has one locale; adding one is
 * adding a column, not rewriting call sites.
 */
export const OPERATOR_LOCALE = 'en';

export const OPERATOR_MESSAGES = {
  pinLocked: 'Locked. Try again in {minutes, plural, one {# min} other {# min}}.',
  pinWrong: 'Wrong PIN. {attemptsLeft, plural, one {# attempt} other {# attempts}} left before a lockout.',
  pinTooMany: 'Too many wrong PINs.',
  pinNotSet: 'The operator panel is closed on this kiosk until a PIN is set on the PC (--set-pin).',
  pinUnreadable: 'The operator PIN cannot be checked. See the log.',
  analyticsRecording: 'Recording normally.',
  analyticsStopped: 'Not recording: {reason}.',
  analyticsRetryAt: 'It tries again at {time}.',
  analyticsHeld:
    '{count, plural, one {# event} other {# events}} waiting in memory; they are written once the disk works again (lost if the app stops before).',
  analyticsLost: '{count, plural, one {# event} other {# events}} lost: memory for waiting events was full.',
  analyticsRotationBlocked:
    'The files could not be rotated ({reason}); nothing is lost and it tries again in a few minutes. Close any analytics file open in another program.',
  analyticsLastError: 'Last error: {error}',
  analyticsKeptIn: 'Kept on this machine in {dir}',
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

  // The operator panel
  panelTitle: 'Operator',
  closeAndLock: 'Close and lock',
  noPinWarning:
    'No operator PIN is set: in this rehearsal mode anyone who finds the gesture can open this panel, and a kiosk stays shut until one is set. Set one below, or with {setPinFlag} — see docs/kiosk-setup.md.',
  commandRefused: 'The command was refused.',
  playbackHeading: 'Playback',
  playbackLine: 'Slide {slide, number} of {slideCount, number} · {phase}{paused, select, yes { · paused} other {}}',
  resumeLoop: 'Resume the loop',
  pauseLoop: 'Pause the loop',
  jumpHeading: 'Jump to slide',
  slideEntry: '{slide, number}. {title}',
  contentHeading: 'Content',
  contentStatusLine: 'Status: {state} · {origin} pack{hasDir, select, yes { · {dir}} other {}}',
  contentNoProblems: 'No problems in the content pack.',
  reloadContent: 'Reload content',
  settingsHeading: 'Settings',
  settingsNoProblems: 'The settings loaded without problems.',
  healthHeading: 'Health',
  healthUptime: 'Uptime',
  healthRestarts: 'Restarts',
  healthRestartCount: '{count, number}',
  healthLastError: 'Last error',
  healthNoError: 'none',
  healthLogFile: 'Log file',
  healthLogNotWritten: 'not written',
  refresh: 'Refresh',
  analyticsHeading: 'Visitor analytics',
  exportAnalytics: 'Export analytics (CSV)',
  pinHeading: 'Operator PIN',
  pinIsSet: 'A PIN is set.',
  pinIsNotSet: 'No PIN is set.',
  changePin: 'Change the PIN…',
  setPin: 'Set a PIN…',
  exitHeading: 'Exit',
  exitConfirmLabel: 'Confirm exit',
  exitConfirmQuestion: 'Exit Chery Showcase? The screen leaves the kiosk until the app is started again.',
  exitYes: 'Yes, exit',
  exitShowcase: 'Exit the showcase…',

  // Content import and handout
  importHeading: 'Import content',
  importNoDrive: 'No content pack found on a USB drive. Plug one in, then Refresh.',
  importPack: 'Import {dir}',
  importRefreshDrives: 'Refresh the drive list',
  importChooseFolder: 'Choose a folder…',
  importRollback: 'Roll back to the previous pack',
  importLast: 'Last import: {result}',
  handoutHeading: 'Handout',
  handoutPdf: 'Handout (PDF)',
  handoutPdfNotes: 'Handout with notes (PDF)',
} as const;

export type OperatorMessageId = keyof typeof OPERATOR_MESSAGES;
