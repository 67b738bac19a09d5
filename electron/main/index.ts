import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Notification,
  protocol,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import type { ApiUpstream } from './api-upstream';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin';
import { appInfo } from './app-info';
import { CASE_SERVICE_WORKER_FILE } from './node-bundles';
import { createAppProtocolHandler } from './app-protocol-handler';
import { CookieJar } from './cookie-jar';
import { userDataOverride, type DeskConfig } from './desk-config';
import { startEmbeddedUpstream } from './embedded-upstream';
import { showDesktopNotification } from './desktop-notifications';
import { createApiForwarder } from './forward-api-request';
import { hardenWebContents } from './harden-web-contents';
import { loadDeskConfig } from './load-desk-config';
import { createMainWindow } from './main-window';
import { saveExportFile } from './export-files';
import { openOrderFiles } from './order-files';
import { denyAllPermissions } from './permissions';
import { registerIpc } from './register-ipc';
import { teamUpstream } from './team-upstream';

// Wiring only: every rule lives in the modules imported above, each with its tests.

const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const CASE_SERVICE_WORKER_PATH = join(__dirname, CASE_SERVICE_WORKER_FILE);
const RENDERER_DIR = join(app.getAppPath(), 'dist', 'renderer');

let upstream: ApiUpstream | null = null;
let mainWindow: BrowserWindow | null = null;

function fail(message: string): void {
  dialog.showErrorBox('Disclosure Desk cannot start', message);
  app.exit(1);
}

const dataDir = userDataOverride(process.env);
if (!dataDir.ok) {
  app.whenReady().then(() => fail(dataDir.message), console.error);
} else {
  if (dataDir.dir !== null) app.setPath('userData', dataDir.dir);
  // Two instances would open the same embedded database; the second one hands over instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
    app.enableSandbox();
    app.on(
      'web-contents-created',
      (_event, contents) => hardenWebContents(contents, (href) => shell.openExternal(href)), // eng-disable OPEN_EXTERNAL_JS_CHECK: hardenWebContents hands over only allow-listed https links (external-links.ts, tested in external-links.test.ts).
    );
    app.on('second-instance', () => {
      if (mainWindow?.isMinimized()) mainWindow.restore();
      mainWindow?.focus();
    });
    app.on('window-all-closed', () => app.quit());
    app.on('will-quit', closeUpstreamBeforeQuit);
    app
      .whenReady()
      .then(start)
      .catch((error: unknown) => fail(String(error)));
  }
}

async function start(): Promise<void> {
  const loaded = loadDeskConfig(process.env, app.getPath('userData'));
  if (!loaded.ok) return fail(loaded.message);
  const config = loaded.config;

  const ses = session.defaultSession;
  denyAllPermissions(ses);
  try {
    upstream =
      config.mode === 'team'
        ? teamUpstream(config.serverOrigin)
        : await startEmbeddedUpstream(app.getPath('userData'), CASE_SERVICE_WORKER_PATH);
  } catch (error) {
    console.error(error);
    return fail(`The case service could not start: ${String(error)}`);
  }
  ses.protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rendererDir: RENDERER_DIR,
      forwardApi: createApiForwarder(upstream, new CookieJar()),
    }),
  );
  registerIpc(ipcMain, {
    openOrderFile: () =>
      openOrderFiles((options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      ),
    appInfo: async () => describeApp(config),
    saveExport: (file) =>
      saveExportFile(
        file,
        (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        (path, bytes) => writeFile(path, bytes),
      ),
    notify: async (notification) =>
      showDesktopNotification(notification, {
        isSupported: () => Notification.isSupported(),
        show: (options) => new Notification(options).show(),
      }),
  });
  mainWindow = createMainWindow(PRELOAD_PATH);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function describeApp(config: DeskConfig) {
  return appInfo({
    name: app.getName(),
    version: app.getVersion(),
    versions: process.versions,
    platform: process.platform,
    config,
  });
}

/** The embedded database must be closed cleanly, so quitting waits for it once. */
function closeUpstreamBeforeQuit(event: Electron.Event): void {
  const closing = upstream;
  if (closing === null) return;
  upstream = null;
  event.preventDefault();
  closing
    .close()
    .catch((error: unknown) => console.error('closing the case service failed', error))
    .finally(() => app.quit());
}
