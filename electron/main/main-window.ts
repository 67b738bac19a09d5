import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-origin';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
