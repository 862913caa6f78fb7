/**
 * Registers IPC handlers through one helper that
 *  (a) accepts calls only from frames served from the app's own origin `app://levenslijn/`, and
 *  (b) validates the arguments with the channel's zod schema before the handler sees them.
 * Only type imports from 'electron' here so the module stays testable in plain Node.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type IpcArgs, type IpcName, type IpcResult } from './channels';
import { parseIpcArgs } from './schemas';
import { isAppUrl } from '../origin';

/** The sender check: only frames on the app's own origin may call IPC. */
export function isTrustedSender(url: string | null | undefined): boolean {
  return isAppUrl(url);
}

export class UntrustedSenderError extends Error {
  constructor(channel: string, url: string | undefined) {
    super(`Refused IPC "${channel}" from untrusted sender ${JSON.stringify(url ?? null)}`);
    this.name = 'UntrustedSenderError';
  }
}

export type IpcHandler<K extends IpcName> = (
  event: IpcMainInvokeEvent,
  ...args: IpcArgs<K>
) => IpcResult<K> | Promise<IpcResult<K>>;

export type IpcHandlers = { [K in IpcName]: IpcHandler<K> };

/** The part of ipcMain we use; lets tests pass a fake. */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** Minimal event shape the guard reads. */
export interface SenderInfo {
  readonly senderFrame?: { readonly url: string } | null;
}

/** Checks sender + arguments, then calls the handler. Exported for tests. */
export async function guardedInvoke<K extends IpcName>(
  name: K,
  handler: IpcHandler<K>,
  event: SenderInfo,
  rawArgs: unknown[],
): Promise<IpcResult<K>> {
  const url = event.senderFrame?.url;
  if (!isTrustedSender(url)) throw new UntrustedSenderError(name, url);
  const args = parseIpcArgs(name, rawArgs);
  return handler(event as IpcMainInvokeEvent, ...args);
}

/** Registers one handler through the guard. */
export function handle<K extends IpcName>(ipc: IpcMainLike, name: K, handler: IpcHandler<K>): void {
  const channel = IPC_CHANNELS[name];
  ipc.removeHandler(channel);
  ipc.handle(channel, (event, ...rawArgs: unknown[]) => guardedInvoke(name, handler, event, rawArgs));
}

/** Registers every channel of the table; a missing handler is a type error. */
export function registerIpcHandlers(ipc: IpcMainLike, handlers: IpcHandlers): void {
  for (const name of Object.keys(IPC_CHANNELS) as IpcName[]) {
    handle(ipc, name, handlers[name] as IpcHandler<typeof name>);
  }
}
