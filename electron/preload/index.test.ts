import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DESK_API_KEY, IPC } from '../../shared/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })) },
}));
vi.mock('electron', () => electron);

async function exposed(): Promise<Record<string, unknown>> {
  await import('./index');
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.lastCall as unknown as [
    string,
    Record<string, unknown>,
  ];
  expect(key).toBe(DESK_API_KEY);
  return api;
}

describe('preload', () => {
  beforeEach(() => vi.resetModules());

  it('exposes exactly the contract’s functions as window.desk, and no IPC object', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('invokes each contract channel and passes no renderer arguments through', async () => {
    const api = await exposed();
    const openOrderFile = api.openOrderFile as (...args: unknown[]) => Promise<unknown>;
    await openOrderFile('/etc/passwd', { evil: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openOrderFile.channel);
    await (api.appInfo as () => Promise<unknown>)();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.appInfo.channel);
  });

  it('passes an export on as one argument, and nothing more', async () => {
    const api = await exposed();
    const saveExport = api.saveExport as (...args: unknown[]) => Promise<unknown>;
    const file = { suggestedName: 'a.json', contentType: 'application/json', base64: 'e30=' };
    await saveExport(file, '/etc/passwd');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.saveExport.channel, file);
  });

  it('passes a notification on as one argument, and nothing more', async () => {
    const api = await exposed();
    const notify = api.notify as (...args: unknown[]) => Promise<unknown>;
    const notification = { title: 'Emergency order', body: 'Case PR-1' };
    await notify(notification, { icon: '/etc/passwd' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.notify.channel, notification);
  });
});
