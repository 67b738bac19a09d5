import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from './harden-web-contents';

/** Just enough of a WebContents to see which events the hardening hooks and what they do. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

function hardened() {
  const contents = new FakeContents();
  const openExternal = vi.fn(async () => {});
  // The fake implements only what hardenWebContents touches.
  hardenWebContents(contents as unknown as WebContents, openExternal);
  return { contents, openExternal };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'refuses %s away from the app and allows it within',
    (eventName) => {
      const { contents } = hardened();
      const away = navigation('https://evil.example/phish');
      contents.emit(eventName, away);
      expect(away.preventDefault).toHaveBeenCalled();

      const within = navigation('app://desk/cases/1');
      contents.emit(eventName, within);
      expect(within.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('refuses every <webview>', () => {
    const { contents } = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'app://desk/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, opening only allow-listed links externally', () => {
    const { contents, openExternal } = hardened();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://desk/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(handler({ url: 'https://telegram.org/privacy' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://telegram.org/privacy');
  });
});
