/**
 * The presenter's switches that live in main because both windows must see them (issue 16 item
 * 4): whether the audience screen shows the visitor controls in present mode (the
 * `presentVisitorControls` setting, then the presenter's toggle; announced in every snapshot) and
 * "Swap displays" (carried out by the window set, which only app.ts has).
 */
import type { PresenterAction, PresenterActionResult } from '../../shared/presenter-action.schema';
import type { Settings } from '../../shared/settings.schema';
import type { Logger } from './logger';

export interface PresenterControlsDeps {
  settings: Pick<Settings, 'mode' | 'presentVisitorControls'>;
  log: Pick<Logger, 'info'>;
  /** Tells every view (a new snapshot carries `visitorControls`). */
  announce: () => void;
  /** Swaps the windows between displays; false when there is nothing to swap. Absent: no windows (harness). */
  swapDisplays?: () => boolean;
}

export interface PresenterControls {
  /** For the snapshot: present mode only (absent elsewhere, where visitors always have their controls). */
  visitorControls(): 'shown' | 'hidden' | undefined;
  act(action: PresenterAction): PresenterActionResult;
}

export function setupPresenterControls(deps: PresenterControlsDeps): PresenterControls {
  const present = deps.settings.mode === 'present';
  let visitorControls = deps.settings.presentVisitorControls;
  return {
    visitorControls: () => (present ? visitorControls : undefined),
    act(action) {
      if (!present) return { ok: false, reason: 'not-present-mode' };
      switch (action.type) {
        case 'setVisitorControls': {
          const next = action.shown ? 'shown' : 'hidden';
          if (next !== visitorControls) {
            visitorControls = next;
            deps.log.info(`presenter: visitor controls ${next} on the audience screen`);
            deps.announce();
          }
          return { ok: true };
        }
        case 'swapDisplays':
          return deps.swapDisplays?.() ? { ok: true } : { ok: false, reason: 'one-display' };
      }
    },
  };
}
