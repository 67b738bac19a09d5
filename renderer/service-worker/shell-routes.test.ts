import { describe, expect, it } from 'vitest';
import { shellFiles } from './shell-manifest';
import {
  routeShellRequest,
  shellCacheName,
  shouldFallBackToShell,
  staleShellCaches,
} from './shell-routes';

const ORIGIN = 'https://desk.example.org';
const FILES = new Set(['/index.html', '/assets/index-abc123.js', '/assets/index-def456.css']);

const get = (path: string, mode = 'no-cors') => ({ url: `${ORIGIN}${path}`, method: 'GET', mode });

describe('routeShellRequest', () => {
  it('never handles the case service API, not even a page load of it', () => {
    for (const path of ['/api/session', '/api/cases?cursor=1', '/api', '/api/sync/push']) {
      expect(routeShellRequest(get(path), ORIGIN, FILES)).toEqual({ kind: 'pass-through' });
      expect(routeShellRequest(get(path, 'navigate'), ORIGIN, FILES)).toEqual({
        kind: 'pass-through',
      });
    }
  });

  it('treats a path that only starts like the API as the app', () => {
    expect(routeShellRequest(get('/apiary', 'navigate'), ORIGIN, FILES)).toEqual({
      kind: 'navigation',
    });
  });

  it('serves page loads of any app path through the shell', () => {
    expect(routeShellRequest(get('/', 'navigate'), ORIGIN, FILES)).toEqual({ kind: 'navigation' });
    expect(routeShellRequest(get('/index.html', 'navigate'), ORIGIN, FILES)).toEqual({
      kind: 'navigation',
    });
  });

  it('serves this build’s files from the cache and leaves anything else alone', () => {
    expect(routeShellRequest(get('/assets/index-abc123.js'), ORIGIN, FILES)).toEqual({
      kind: 'shell-file',
      path: '/assets/index-abc123.js',
    });
    expect(routeShellRequest(get('/assets/index-old999.js'), ORIGIN, FILES)).toEqual({
      kind: 'pass-through',
    });
  });

  it('leaves other origins and other methods alone', () => {
    expect(
      routeShellRequest(
        { url: 'https://elsewhere.example/assets/index-abc123.js', method: 'GET', mode: 'cors' },
        ORIGIN,
        FILES,
      ),
    ).toEqual({ kind: 'pass-through' });
    expect(
      routeShellRequest({ ...get('/assets/index-abc123.js'), method: 'POST' }, ORIGIN, FILES),
    ).toEqual({ kind: 'pass-through' });
  });
});

describe('shouldFallBackToShell', () => {
  it('falls back when the network fails or a proxy answers with a server error', () => {
    expect(shouldFallBackToShell(null)).toBe(true);
    expect(shouldFallBackToShell({ status: 502 })).toBe(true);
    expect(shouldFallBackToShell({ status: 503 })).toBe(true);
  });

  it('keeps the server’s own answer otherwise', () => {
    expect(shouldFallBackToShell({ status: 200 })).toBe(false);
    expect(shouldFallBackToShell({ status: 404 })).toBe(false);
  });
});

describe('staleShellCaches', () => {
  it('names earlier builds’ shell caches and nothing else', () => {
    const current = shellCacheName('v2');
    expect(
      staleShellCaches(
        [shellCacheName('v1'), current, 'some-other-cache', shellCacheName('v0')],
        current,
      ),
    ).toEqual([shellCacheName('v1'), shellCacheName('v0')]);
  });
});

describe('shellFiles', () => {
  it('lists the page and the emitted files from the root, without maps or the worker', () => {
    expect(
      shellFiles(['assets/index-abc.js', 'assets/index-abc.js.map', 'index.html', 'sw.js']),
    ).toEqual(['/assets/index-abc.js', '/index.html']);
  });
});
