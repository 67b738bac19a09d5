import { describe, expect, it, vi } from 'vitest';
import type { OpenedOrderFiles } from '../../shared/ipc';
import { guardedIpcHandler, isTrustedSender, type IpcInvocation } from './ipc-guard';
import { IpcUserError } from './ipc-user-error';

const topFrame = { url: 'app://desk/queue', parent: null };
const from = (senderFrame: IpcInvocation['senderFrame']): IpcInvocation => ({ senderFrame });
const noFiles: OpenedOrderFiles = { canceled: true, files: [] };

describe('isTrustedSender', () => {
  it('trusts only the top frame of the app', () => {
    expect(isTrustedSender(topFrame)).toBe(true);
    expect(isTrustedSender({ url: 'app://desk/cases/1', parent: null })).toBe(true);
  });

  it.each([
    ['a subframe of the app', { url: 'app://desk/frame', parent: topFrame }],
    ['a page elsewhere', { url: 'https://evil.example/', parent: null }],
    ['another host of the scheme', { url: 'app://evil/', parent: null }],
    ['a blank page', { url: 'about:blank', parent: null }],
    ['a frame that is gone', null],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
});

describe('guardedIpcHandler', () => {
  it('runs the handler for the app and returns its value as data', async () => {
    const handler = guardedIpcHandler('openOrderFile', async () => noFiles);
    expect(await handler(from(topFrame))).toEqual({ ok: true, value: noFiles });
  });

  it('refuses a foreign sender without running the handler', async () => {
    const implementation = vi.fn(async () => noFiles);
    const handler = guardedIpcHandler('openOrderFile', implementation);
    expect(await handler(from({ url: 'https://evil.example/', parent: null }))).toEqual({
      ok: false,
      error: { code: 'forbidden_sender', message: 'This frame may not call the app.' },
    });
    expect(await handler(from(null))).toMatchObject({ ok: false });
    expect(implementation).not.toHaveBeenCalled();
  });

  it('refuses arguments the contract does not allow', async () => {
    const implementation = vi.fn(async () => noFiles);
    const handler = guardedIpcHandler('openOrderFile', implementation);
    for (const args of [['/etc/passwd'], [{ path: '/etc/passwd' }], [undefined]]) {
      expect(await handler(from(topFrame), ...args)).toMatchObject({
        ok: false,
        error: { code: 'invalid_payload' },
      });
    }
    expect(implementation).not.toHaveBeenCalled();
  });

  it('passes user-facing failures on and hides internal ones', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = guardedIpcHandler('openOrderFile', async () => {
      throw new IpcUserError('order.json is larger than 1 MB.');
    });
    expect(await user(from(topFrame))).toEqual({
      ok: false,
      error: { code: 'failed', message: 'order.json is larger than 1 MB.' },
    });

    const internal = guardedIpcHandler('openOrderFile', async () => {
      throw new Error('EACCES /home/alice/.ssh/id_rsa');
    });
    const result = await internal(from(topFrame));
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(result)).not.toContain('id_rsa');
    expect(error).toHaveBeenCalled();
  });

  it('checks main’s own answer against the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = guardedIpcHandler(
      'openOrderFile',
      async () =>
        // A value the contract does not allow, as a bug in main would produce.
        ({ canceled: false, files: [{ kind: 'exe', name: 'x' }] }) as unknown as OpenedOrderFiles,
    );
    expect(await handler(from(topFrame))).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});
