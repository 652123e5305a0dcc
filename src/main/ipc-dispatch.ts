/**
 * The checks every invoke goes through before a handler runs: a trusted sender, a known
 * channel, arguments valid against the contract's zod schemas. Pure, so it is unit-tested
 * and reused by the Chromium harness.
 */
import { invokeArgs, type InvokeChannel, type InvokeHandlers } from '../shared/ipc';
import { formatPath } from '../shared/content/problems';
import { isTrustedSender, type SenderInfo } from './sender-guard';

export class IpcRefusal extends Error {}

export interface DispatchDeps {
  handlers: InvokeHandlers;
  trustedIds: () => ReadonlySet<number>;
  /** Called for every refusal so it lands in main's log. */
  onRefused: (reason: string) => void;
}

export function isInvokeChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(invokeArgs, channel);
}

/** Checks and runs one invoke. Throws `IpcRefusal` (a short message, no internals) when refused. */
export async function dispatchInvoke(
  channel: string,
  args: unknown[],
  sender: SenderInfo,
  deps: DispatchDeps,
): Promise<unknown> {
  const refuse = (reason: string): never => {
    deps.onRefused(`${channel}: ${reason}`);
    throw new IpcRefusal(`refused: ${reason}`);
  };
  if (!isInvokeChannel(channel)) return refuse('unknown channel');
  if (!isTrustedSender(sender, deps.trustedIds())) return refuse(`untrusted sender ${sender.frameUrl ?? '(no frame)'}`);
  const parsed = invokeArgs[channel].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`invalid argument ${formatPath(issue?.path ?? [])}: ${issue?.message ?? ''}`);
  }
  const handler = deps.handlers[channel] as (...a: unknown[]) => unknown;
  return handler({ senderId: sender.webContentsId }, ...(parsed.data as unknown[]));
}
