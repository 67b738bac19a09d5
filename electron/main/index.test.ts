import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/ipc';
import { APP_SCHEME_PRIVILEGES, APP_START_URL } from './app-origin';
import { hardenedWebPreferences } from './window-options';

// Electron main's wiring, run against a stand-in `electron` module: the order of start-up,
// and that every guard is actually installed. The guards themselves have their own tests.

const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new Emitter(), {
    whenReady: vi.fn(() => ready),
    getAppPath: vi.fn(() => '/opt/desk'),
    getPath: vi.fn(() => '/home/user/.config/Disclosure Desk'),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getName: () => 'Disclosure Desk',
    getVersion: () => '0.1.0',
  });
  const windows: { options: unknown; url: string | null }[] = [];
  class BrowserWindow extends Emitter {
    url: string | null = null;
    constructor(readonly options: unknown) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      protocol: { handle: vi.fn() },
    },
  };
  return {
    resolveReady: () => resolveReady(),
    windows,
    module: {
      app,
      BrowserWindow,
      dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
      ipcMain: { handle: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn() },
      session,
      shell: { openExternal: vi.fn() },
    },
  };
});

vi.mock('electron', () => electron.module);
vi.mock('./embedded-upstream', () => ({
  startEmbeddedUpstream: vi.fn(async () => ({
    kind: 'embedded',
    origin: 'https://desk.localhost',
    fetch: async () => new Response('{}'),
    close: async () => {},
  })),
}));
vi.mock('./load-desk-config', () => ({
  loadDeskConfig: () => ({ ok: true, config: { mode: 'embedded' } }),
}));

const { app, protocol, session, ipcMain } = electron.module;

describe('Electron main start-up', () => {
  beforeEach(() => vi.stubEnv('DISCLOSURE_DESK_USER_DATA', '/tmp/desk-wiring'));
  afterEach(() => vi.unstubAllEnvs());

  it('prepares the scheme, sandbox and hardening before ready, then serves the window', async () => {
    await import('./index');

    expect(app.setPath).toHaveBeenCalledWith('userData', '/tmp/desk-wiring');
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(session.defaultSession.protocol.handle).not.toHaveBeenCalled();

    electron.resolveReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));

    const ses = session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
    expect(ses.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      Object.values(IPC)
        .map((c) => c.channel)
        .sort(),
    );

    const [window] = electron.windows;
    expect(window?.url).toBe(APP_START_URL);
    const { webPreferences } = window?.options as { webPreferences: Record<string, unknown> };
    expect(webPreferences).toEqual({
      ...hardenedWebPreferences('/bundle/preload.cjs'),
      preload: expect.stringMatching(/preload\.cjs$/),
    });

    // Every webContents created later gets the navigation guard and window-open handler.
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});
