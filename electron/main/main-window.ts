import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-origin';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: the options come from hardenedWebPreferences in window-options.ts (contextIsolation, sandbox, Auxclick disabled), which the scanner cannot follow; window-options.test.ts asserts them.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
