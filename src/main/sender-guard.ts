import { isAppDocument, PRODUCTION_ORIGINS, type AppOrigins } from './trusted-origins';

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
 * Trusts a message only from the main frame of one of our own windows showing the app's own
 * document (`app://showcase/index.html`, or the dev server's `/index.html` in `npm run dev`).
 * Exact origin comparison: `app://showcase.evil`, `app://showcase@x`, `file://` and look-alike
 * prefixes all fail, and so does any other path of our origin (a pack file is never the app).
 * `origins` defaults to the production set, so a caller that forgets it trusts less, never more.
 */
export function isTrustedSender(
  sender: SenderInfo,
  ourWebContentsIds: ReadonlySet<number>,
  origins: AppOrigins = PRODUCTION_ORIGINS,
): boolean {
  if (!ourWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.isMainFrame || !sender.frameUrl) return false;
  return isAppDocument(sender.frameUrl, origins);
}
