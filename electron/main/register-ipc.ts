import type { IpcMain } from 'electron';
import { IPC, type IpcName } from '../../shared/ipc';
import { guardedIpcHandler, type IpcImplementation } from './ipc-guard';

export type IpcImplementations = { [K in IpcName]: IpcImplementation<K> };

/** One guarded handler per contract entry; the mapped type makes a missing one a type error. */
export function registerIpc(ipcMain: IpcMain, implementations: IpcImplementations): void {
  for (const name of Object.keys(IPC) as IpcName[]) {
    ipcMain.handle(IPC[name].channel, guardedIpcHandler(name, implementations[name]));
  }
}
