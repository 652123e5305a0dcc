/**
 * The checks every invoke goes through before a handler runs: a trusted sender, a known
 * channel, the sender's rate limit, arguments valid against the contract's zod schemas, and
 * renderer text made log-safe. Pure, so it is unit-tested and reused by the Chromium harness.
 */
import type { InvokeChannel, InvokeHandlers, ViewReport } from '../shared/ipc';
import { invokeArgs } from '../shared/ipc.schema';
import { formatPath } from '../shared/content/problems';
import type { InvokeThrottle } from './invoke-throttle';
import { forLog } from './log-text';
import { isTrustedSender, type SenderInfo } from './sender-guard';
import type { AppOrigins } from './trusted-origins';

export class IpcRefusal extends Error {}

export interface DispatchDeps {
  handlers: InvokeHandlers;
  trustedIds: () => ReadonlySet<number>;
  /** Called for every refusal so it lands in main's log (the text is already log-safe). */
  onRefused: (reason: string) => void;
  /**
   * Per-window rate limits (`createInvokeThrottle`), one instance for the whole process.
   * Without it nothing is throttled: only tests of other checks leave it out.
   */
  throttle?: InvokeThrottle;
  /** The origins this run trusts (the dev server's only in `npm run dev`); production when omitted. */
  origins?: AppOrigins;
}

export function isInvokeChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(invokeArgs, channel);
}

/** A view report's text as it may be logged: one line, escapes visible, length-capped. */
function logSafeReport(report: ViewReport): ViewReport {
  return {
    ...report,
    message: forLog(report.message),
    ...(report.slideId === undefined ? {} : { slideId: forLog(report.slideId, 100) }),
  };
}

/**
 * What a dropped call answers. It resolves instead of throwing: Electron logs every rejected
 * `ipcMain.handle` call with `console.error("Error occurred in handler for '<channel>':", …)`
 * (lib/browser/api/web-contents.ts, `-ipc-invoke`), which would put the flood back on stderr.
 * `deck:command` answers the unchanged deck state: the views ignore the answer (app.tsx,
 * presenter-app.tsx) and follow main's `deck:state` broadcasts, so a dropped input shows nothing.
 */
async function droppedAnswer(channel: InvokeChannel, handlers: InvokeHandlers, senderId: number): Promise<unknown> {
  if (channel === 'deck:command') return (await handlers['deck:get']({ senderId })).state;
  return undefined;
}

/** Checks and runs one invoke. Throws `IpcRefusal` (a short message, no internals) when refused. */
export async function dispatchInvoke(
  channel: string,
  args: unknown[],
  sender: SenderInfo,
  deps: DispatchDeps,
): Promise<unknown> {
  const refuse = (reason: string): never => {
    // The channel name, frame URL and zod's messages (unknown keys) all come from the page.
    if (!deps.throttle || deps.throttle.allowRefusalLog(sender.webContentsId))
      deps.onRefused(forLog(`${channel}: ${reason}`));
    throw new IpcRefusal(`refused: ${reason}`);
  };
  if (!isInvokeChannel(channel)) return refuse('unknown channel');
  if (!isTrustedSender(sender, deps.trustedIds(), deps.origins))
    return refuse(`untrusted sender ${sender.frameUrl ?? '(no frame)'}`);
  if (deps.throttle && !deps.throttle.allow(channel, sender.webContentsId))
    return droppedAnswer(channel, deps.handlers, sender.webContentsId);
  const parsed = invokeArgs[channel].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`invalid argument ${formatPath(issue?.path ?? [])}: ${issue?.message ?? ''}`);
  }
  const data = parsed.data as unknown[];
  const safe = channel === 'view:report' ? [logSafeReport(data[0] as ViewReport)] : data;
  const handler = deps.handlers[channel] as (...a: unknown[]) => unknown;
  return handler({ senderId: sender.webContentsId }, ...safe);
}
