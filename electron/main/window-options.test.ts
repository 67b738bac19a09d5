import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences, mainWindowOptions } from './window-options';

describe('window options', () => {
  it('sandboxes and isolates the renderer, with no Node anywhere', () => {
    expect(mainWindowOptions('/app/preload.cjs').webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('does not enable the long-removed remote module or anything unlisted', () => {
    const preferences = hardenedWebPreferences('/app/preload.cjs');
    expect(preferences).not.toHaveProperty('enableRemoteModule');
    expect(Object.keys(preferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('shows the window only once it has painted', () => {
    expect(mainWindowOptions('/p').show).toBe(false);
  });
});
