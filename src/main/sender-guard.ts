import { APP_HOST, APP_SCHEME } from './app-protocol';

/** What main knows about the sender of an IPC message (plain data, taken from Electron's event). */
export interface SenderInfo {
  /** webContents id of the sender. */
  webContentsId: number;
  /** URL of the frame that sent it; null when the frame is gone. */
  frameUrl: string | null;
  /** True when the sending frame is its page's main frame (not an iframe). */
  isMainFrame: boolean;
}

/**
 * Trusts a message only from the main frame of one of our own windows showing our own
 * `app://showcase` origin. Exact origin comparison: `app://showcase.evil`, `app://showcase@x`,
 * `file://` and look-alike prefixes all fail.
 */
export function isTrustedSender(sender: SenderInfo, ourWebContentsIds: ReadonlySet<number>): boolean {
  if (!ourWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.isMainFrame || !sender.frameUrl) return false;
  let url: URL;
  try {
    url = new URL(sender.frameUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}
