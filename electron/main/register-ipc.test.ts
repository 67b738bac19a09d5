import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/ipc';
import { registerIpc } from './register-ipc';

describe('registerIpc', () => {
  it('registers one guarded handler per contract channel, and nothing else', async () => {
    const handle = vi.fn();
    registerIpc({ handle } as unknown as IpcMain, {
      openOrderFile: async () => ({ canceled: true, files: [] }),
      appInfo: async () => ({
        name: 'Disclosure Desk',
        version: '0.1.0',
        electronVersion: '45',
        chromeVersion: '140',
        platform: 'linux',
        mode: 'embedded',
        serverOrigin: null,
      }),
      saveExport: async () => ({ canceled: true }),
      notify: async () => ({ shown: true }),
    });
    const channels = handle.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual(
      Object.values(IPC)
        .map((c) => c.channel)
        .sort(),
    );

    // The registered function is the guarded one: a foreign frame is refused.
    const handler = handle.mock.calls[0]![1] as (event: unknown) => Promise<unknown>;
    expect(
      await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });
});
