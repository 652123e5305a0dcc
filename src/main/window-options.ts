import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { Mode } from '../shared/deck';
import type { ViewRole } from '../shared/ipc';
import { APP_DOCUMENT_PATH, APP_ORIGIN } from './app-protocol';

export interface WindowPlan {
  mode: Mode;
  role: ViewRole;
  preloadPath: string;
  bounds: Rectangle;
  fullscreen: boolean;
}

/**
 * Options for every window we open. Security settings are spelled out even where they are
 * Electron's defaults, so a future default change cannot loosen them silently.
 */
export function windowOptions(plan: WindowPlan): BrowserWindowConstructorOptions {
  const lockedDown = plan.mode === 'kiosk';
  return {
    ...plan.bounds,
    title: plan.role === 'presenter' ? 'Chery Showcase — Presenter' : 'Chery Showcase',
    show: false,
    backgroundColor: '#05070d',
    fullscreen: plan.fullscreen,
    kiosk: lockedDown && plan.fullscreen,
    frame: !lockedDown,
    autoHideMenuBar: true,
    resizable: !lockedDown,
    minimizable: !lockedDown,
    closable: !lockedDown,
    webPreferences: {
      preload: plan.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !lockedDown,
      safeDialogs: true,
      autoplayPolicy: 'document-user-activation-required',
      // The audience window may sit behind the presenter's on one display: keep it animating.
      backgroundThrottling: false,
    },
  };
}

/**
 * The URL a window loads: the app document at `app://showcase`, or at the dev server in
 * `npm run dev` (`devOrigin` from `devRendererOrigin`, always null when packaged).
 */
export function viewUrl(role: ViewRole, devOrigin: string | null = null): string {
  return `${devOrigin ?? APP_ORIGIN}${APP_DOCUMENT_PATH}?role=${role}`;
}
