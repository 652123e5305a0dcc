/**
 * The app events main listens to, typed by what it reads of them. Electron's `app` satisfies this
 * (its typings declare each event with more), and so does the recording fake in tests.
 */
import type { WebContents } from 'electron';

export interface AppEvents {
  /** shutdown.ts: a quit from the OS or a menu goes through the one shutdown path. */
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  /** app.ts: a second instance brings our window to the front. */
  on(event: 'second-instance', listener: () => void): unknown;
  on(
    event: 'child-process-gone',
    listener: (event: unknown, details: { type: string; reason: string }) => void,
  ): unknown;
  /** security.ts: every web contents is hardened as it is created. */
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>) => void,
  ): unknown;
}
