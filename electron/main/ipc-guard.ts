import type { z } from 'zod';
import { IPC, type IpcName, type IpcResult, type IpcValue } from '../../shared/ipc';
import { isAppOriginUrl } from './app-origin';
import { IpcUserError } from './ipc-user-error';

/** What main needs to know about the frame an IPC message came from. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export interface IpcInvocation {
  senderFrame: SenderFrame | null;
}

/**
 * Only the app's own top-level document may call main. A subframe, a page that navigated
 * elsewhere, or a frame that is already gone (senderFrame null) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null): boolean {
  return frame !== null && frame.parent === null && isAppOriginUrl(frame.url);
}

export type IpcImplementation<K extends IpcName> = (
  ...args: z.output<(typeof IPC)[K]['args']>
) => Promise<IpcValue<K>>;

/**
 * Wraps a handler for `ipcMain.handle`: checks the sender, parses the payload against the
 * contract, and returns the answer as data. Nothing thrown crosses into the renderer.
 */
export function guardedIpcHandler<K extends IpcName>(
  name: K,
  implementation: IpcImplementation<K>,
): (event: IpcInvocation, ...args: unknown[]) => Promise<IpcResult<IpcValue<K>>> {
  const contract = IPC[name];
  return async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame)) {
      return {
        ok: false,
        error: { code: 'forbidden_sender', message: 'This frame may not call the app.' },
      };
    }
    const parsed = contract.args.safeParse(args);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_payload', message: `Invalid arguments for ${name}.` },
      };
    }
    try {
      const value = await implementation(...(parsed.data as z.output<(typeof IPC)[K]['args']>));
      // Main's own answer is checked too: the contract is what the renderer relies on.
      const checked = contract.result.parse(value) as IpcValue<K>;
      return { ok: true, value: checked };
    } catch (error) {
      if (error instanceof IpcUserError) {
        return { ok: false, error: { code: 'failed', message: error.message } };
      }
      console.error(`IPC ${name} failed`, error);
      return { ok: false, error: { code: 'failed', message: 'The app could not do that.' } };
    }
  };
}
