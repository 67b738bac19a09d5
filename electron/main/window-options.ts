import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer is treated as hostile: an XSS in it must not reach Node, other windows, or
 * more than the named preload functions. Each flag is spelled out even where it is
 * Electron's default, so a change of default cannot loosen the app silently.
 */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // On some platforms dictionaries are downloaded and words are checked by a web service;
    // order texts name suspects and must not leave the machine that way.
    spellcheck: false,
    // A middle click would otherwise ask for a new window; the open handler refuses it too.
    disableBlinkFeatures: 'Auxclick',
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Disclosure Desk',
    // Shown once the first paint is ready, so the user never sees an empty frame.
    show: false,
    webPreferences: hardenedWebPreferences(preloadPath),
  };
}
