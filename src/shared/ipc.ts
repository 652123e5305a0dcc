/**
 * THE IPC contract's types. Main's handlers, the preload bridge and the renderer all take their
 * types from here; the argument schemas main validates every call with at run time are in
 * ipc.schema.ts (zod: the renderer and the preload import only their types). Adding a channel:
 * its argument tuple in `invokeArgs` (ipc.schema.ts), its answer in `InvokeResults` below, its
 * renderer method in `INVOKE_METHODS` (ipc-api.ts) and main's handler (src/main/core/handlers.ts);
 * the compiler points at each one that is missing.
 */
import type { Deck } from './content/deck.schema';
import type { Problem } from './content/problems';
import type { DeckState } from './deck/state';
import type { InvokeArgs, InvokeChannel } from './ipc.schema';

export type { InvokeArgs, InvokeChannel, OperatorAction, ViewReport } from './ipc.schema';
export type { PresenterAction, PresenterActionResult } from './presenter-action.schema';
import type { PresenterActionResult } from './presenter-action.schema';

/** Which view a window shows. */
export type ViewRole = 'audience' | 'presenter';

/** Everything a freshly (re)loaded window needs to draw the current moment. */
export interface DeckSnapshot {
  deck: Deck;
  state: DeckState;
  /** `bundled`: the pack that ships with the app; `custom`: an exhibitor's pack. */
  contentOrigin: 'bundled' | 'custom';
  /** ok; fallback: a custom pack failed and the bundled one plays; out-of-service: nothing valid. */
  status: 'ok' | 'fallback' | 'out-of-service';
  problems: Problem[];
  reducedMotion: boolean;
  /** Outside opening hours: the calm closed slide, or a black screen. */
  whenClosed: 'closed-slide' | 'black';
  /**
   * Closed by opening hours: when it opens again (epoch ms) and in how many local calendar days
   * (0 today, 1 tomorrow), kept current by main's re-checks. Absent while open or with no schedule.
   */
  reopensAt?: { at: number; daysAway: number };
  /**
   * Live preview (`--watch`, window mode): what is wrong with the pack as it is on disk now, while
   * the last valid deck stays on screen. Absent when the watched pack is valid.
   */
  liveProblems?: Problem[];
  /**
   * Present mode: whether the audience screen shows the visitor controls (language pills, dots,
   * arrows) — the `presentVisitorControls` setting, then the presenter's toggle. Absent: shown.
   */
  visitorControls?: 'shown' | 'hidden';
}

/**
 * Result of a PIN attempt. The PIN's hash never leaves main.
 * - `no-pin`: kiosk mode and no PIN is set — nothing unlocks (set one with `--set-pin`);
 * - `pin-unreadable`: the PIN file exists but cannot be read or checked — nothing unlocks;
 * - `presenter-only`: present mode and the call came from another window than the presenter's —
 *   the projector never operates (its view never shows the pad; main refuses it all the same);
 * - `locked`: too many wrong guesses; `retryInMs` is main's own count (the page's clock may differ).
 * `pinSet: false` on success only outside kiosk mode, where the overlay may set the first PIN.
 */
export type UnlockResult =
  | { ok: true; pinSet: boolean }
  | {
      ok: false;
      reason: 'wrong' | 'locked' | 'no-pin' | 'pin-unreadable' | 'presenter-only';
      attemptsLeft: number;
      lockedUntil: number | null;
      retryInMs: number | null;
    };

/** What the operator overlay shows. */
export interface OperatorStatus {
  contentStatus: DeckSnapshot['status'];
  contentOrigin: DeckSnapshot['contentOrigin'];
  contentDir: string | null;
  problems: Problem[];
  settingsProblems: Problem[];
  uptimeSeconds: number;
  restarts: number;
  lastError: string | null;
  logPath: string | null;
  analyticsDir: string | null;
  /** Whether analytics reach the disk (main's `analytics.health()`); absent when analytics are off. */
  analyticsHealth?: {
    /** False once a write failed (disk full, read-only …): events wait in memory until a retry works. */
    writing: boolean;
    /** Why writing stopped, in plain words; null while writing. */
    stoppedReason: string | null;
    /** Events waiting in memory for the disk. */
    heldInMemory: number;
    /** Events lost because the memory buffer was full. */
    lostInMemory: number;
    /** Why the file could not be rotated (e.g. open in another program); writing goes on regardless. */
    rotationBlocked: string | null;
    lastError: string | null;
    /** When the next write attempt happens (ms since epoch), while stopped. */
    retryAt: number | null;
  };
  pinSet: boolean;
  paused: boolean;
  /** Import from removable media; absent where main offers no import. */
  contentImport?: ContentImportStatus;
  /** This machine's name (os.hostname()), so staff can tell kiosks apart. */
  deviceName?: string;
  /** The pack that was asked for (flag, setting, import), even when it failed and another plays. */
  requestedDir?: string | null;
  /** Problems per pack and for settings, each group naming its own folder or file (operator-status.ts). */
  problemGroups?: ProblemGroup[];
  /** Why the deck is out of service (a crash loop, …); null otherwise. */
  outOfServiceReason?: string | null;
  /** Opening hours now: scheduled or not, and any open/close-now override. */
  hours?: HoursStatus;
  /** Where the analytics CSV can go besides user data (removable drives now, the picker). */
  exportTargets?: { drives: string[]; canPickFolder: boolean };
}

/** One pack's (or the settings file's) problems, with the folder they belong to. */
export interface ProblemGroup {
  /** `failed`: asked for and not playing; `playing`: the pack on screen; `settings`: settings.json. */
  role: 'failed' | 'playing' | 'settings';
  origin: 'custom' | 'bundled' | 'settings';
  /** The pack folder or settings file; null when unknown. */
  where: string | null;
  problems: Problem[];
  /**
   * Slide titles of that pack (index → title per locale) as far as its deck.json could be read, for
   * "Slide 8 · …" — a pack that failed validation is not the deck on screen, so its own titles.
   */
  slideTitles: (Record<string, string> | null)[];
}

/** Opening hours as the operator panel shows them. */
export interface HoursStatus {
  /** Opening hours are set in settings.json. */
  scheduled: boolean;
  /** Open now (schedule and override together). */
  open: boolean;
  /** Set by hand with open/close-now; lasts until `until` (the next scheduled change; null: until undone). */
  override: { open: boolean; until: number | null } | null;
  /** The next scheduled change (epoch ms), or null. */
  nextChange: number | null;
  /** While closed: when it opens again (epoch ms), or null when nothing scheduled opens it. */
  reopensAt: number | null;
  /** Local calendar days until `reopensAt` on main's clock (0 today, 1 tomorrow), or null. */
  reopensInDays: number | null;
}

/** What the panel shows for importing content from a USB stick. */
export interface ContentImportStatus {
  /** Pack folders (with a deck.json) found on mounted removable drives just now. */
  drivePacks: { dir: string; drive: string }[];
  /** Window mode: a folder picker is offered as well. */
  canPickFolder: boolean;
  /** A previous pack is kept in user data: Roll back can restore it. */
  previousPack: boolean;
  /** The last import's or roll back's outcome, in plain English (the log's words). */
  lastResult: string | null;
  /** The same outcome as a catalogue message, shown in the operator's language. */
  lastResultSay?: OperatorSay;
}

/** An outcome as an operator catalogue message id and its values (src/shared/messages/operator-messages.ts). */
export interface OperatorSay {
  id: string;
  values?: Record<string, string | number>;
}

/**
 * `message`: plain English (the log's words too). `say`: the same outcome as an operator catalogue
 * message id and values, so the panel shows it in the operator's language (absent: `message` is shown).
 */
export type OperatorActionResult = ({ ok: true; message: string } | { ok: false; message: string }) & {
  say?: OperatorSay;
};

/** What each invoke channel resolves to. */
export interface InvokeResults {
  /** The presenter window's switches (visitor controls on the audience screen, swap displays). */
  'presenter:action': PresenterActionResult;
  'deck:get': DeckSnapshot;
  'deck:command': DeckState;
  'view:report': void;
  'operator:unlock': UnlockResult;
  /** Refused unless this window unlocked the overlay. */
  'operator:status': OperatorStatus;
  'operator:action': OperatorActionResult;
  'operator:lock': void;
}

/** Who is calling: handlers that depend on the window (operator unlock) get its id. */
export interface CallContext {
  senderId: number;
}

/** Main's side: one handler per channel, plain functions (no Electron types). */
export type InvokeHandlers = {
  [C in InvokeChannel]: (context: CallContext, ...args: InvokeArgs<C>) => InvokeResults[C] | Promise<InvokeResults[C]>;
};

/** Main → renderer events. */
export interface EventPayloads {
  'deck:state': DeckState;
  /** Content or status changed (e.g. a pack reloaded): views fetch anew. */
  'deck:snapshot': DeckSnapshot;
  /** Main asks the view to open the operator PIN prompt (Ctrl+Alt+Shift+O caught in main). */
  'operator:open': null;
}
export type EventChannel = keyof EventPayloads;
