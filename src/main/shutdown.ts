/**
 * Every way the app can be asked to end — operator Exit, a quit from the OS or a menu, the last
 * window closing, OS logoff/shutdown, SIGTERM/SIGINT — goes through the runtime's one shutdown
 * path (flush analytics, crash history and log), which ends the process with {@link leaveProcess}.
 *
 * Electron's rules this follows (Electron 45):
 * - `app.quit()` first closes every window; a window that refuses to close cancels the quit
 *   ("quitting abandoned", `WindowCloseCancelled`), and on Windows and macOS a `closable: false`
 *   window refuses — by design, electron/electron#5891 ("use app.exit() instead"). On Linux
 *   `closable` is not implemented (BrowserWindow docs, `closable`: "Not implemented on Linux").
 * - `app.exit(code)` "exits immediately … All windows will be closed immediately without asking
 *   the user, and the before-quit and will-quit events will not be emitted" (docs/api/app.md):
 *   the one call honoured on every platform whatever `closable` and our `close` guard say.
 * - When the user or `app.quit()` closes the windows, `window-all-closed` is not emitted; it is
 *   emitted when the last window closes by itself (docs/api/app.md, `window-all-closed`).
 * - OS shutdown/logoff: `powerMonitor` `shutdown` (Linux, macOS; preventDefault delays it so the
 *   app can exit cleanly) and BrowserWindow `session-end` (Windows) (docs/api/power-monitor.md,
 *   docs/api/browser-window.md).
 */
import type { App } from 'electron';
import type { AppEvents } from './app-events';
import type { LeaveKind, MainRuntime } from './runtime';

/** Ends the process after the runtime flushed: relaunch first when asked, then `app.exit`. */
export function leaveProcess(app: Pick<App, 'exit' | 'relaunch'>, kind: LeaveKind): void {
  if (kind === 'relaunch') app.relaunch();
  app.exit(0);
}

export interface ShutdownTriggerDeps {
  app: AppEvents;
  /** Electron's typings give the listener no argument, its docs an event to `preventDefault()`. */
  powerMonitor: { on(event: 'shutdown', listener: (event?: { preventDefault(): void }) => void): unknown };
  /** `process`, for SIGTERM/SIGINT. */
  signals: { on(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown };
  runtime: Pick<MainRuntime, 'shutdown' | 'isShuttingDown'>;
  /** Kiosk: only the operator's Exit and the OS may end the app, never a stray quit. */
  kiosk: boolean;
  log: { info(message: string): void };
}

/** Routes Electron's and the OS's ways out into the one shutdown path. */
export function setupShutdownTriggers(deps: ShutdownTriggerDeps): void {
  const { app, runtime } = deps;
  app.on('before-quit', (event) => {
    if (runtime.isShuttingDown()) return;
    // Never let Electron's own quit run: it would ask windows to close (refused in kiosk mode)
    // and skip our flush. A non-kiosk quit (menu, Cmd+Q, taskbar) becomes our shutdown.
    event.preventDefault();
    if (deps.kiosk) deps.log.info('quit refused: kiosk mode (use the operator overlay)');
    else void runtime.shutdown('quit requested');
  });
  app.on('window-all-closed', () => void runtime.shutdown('all windows closed'));
  deps.powerMonitor.on('shutdown', (event) => {
    event?.preventDefault(); // delays the OS until we exited (Linux, macOS)
    void runtime.shutdown('system shutdown');
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) deps.signals.on(signal, () => void runtime.shutdown(signal));
}

/** Windows logoff/shutdown arrives per window (`session-end`, Windows only). */
export function onSessionEnd(
  win: { on(event: 'session-end', listener: () => void): unknown },
  runtime: Pick<MainRuntime, 'shutdown'>,
): void {
  win.on('session-end', () => void runtime.shutdown('session end'));
}
