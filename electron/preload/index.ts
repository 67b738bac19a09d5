import { contextBridge, ipcRenderer } from 'electron';
import {
  DESK_API_KEY,
  IPC,
  type DeskApi,
  type DesktopNotification,
  type ExportFile,
  type IpcResult,
  type IpcValue,
} from '../../shared/ipc';

// The renderer gets these named functions and nothing else: no ipcRenderer, no channel
// names, no way to pass arguments main does not expect. Main validates regardless.

function invoke<K extends keyof typeof IPC>(name: K): Promise<IpcResult<IpcValue<K>>> {
  return ipcRenderer.invoke(IPC[name].channel) as Promise<IpcResult<IpcValue<K>>>;
}

const desk = {
  openOrderFile: () => invoke('openOrderFile'),
  appInfo: () => invoke('appInfo'),
  // The one argument is passed on as it is; main parses it against the contract.
  saveExport: (file: ExportFile) =>
    ipcRenderer.invoke(IPC.saveExport.channel, file) as Promise<IpcResult<IpcValue<'saveExport'>>>,
  notify: (notification: DesktopNotification) =>
    ipcRenderer.invoke(IPC.notify.channel, notification) as Promise<IpcResult<IpcValue<'notify'>>>,
} satisfies DeskApi;

contextBridge.exposeInMainWorld(DESK_API_KEY, desk);
