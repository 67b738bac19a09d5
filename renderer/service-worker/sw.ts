/// <reference lib="webworker" />
import {
  routeShellRequest,
  shellCacheName,
  shouldFallBackToShell,
  SHELL_PAGE,
  staleShellCaches,
} from './shell-routes';

declare const self: ServiceWorkerGlobalScope;
/** Set by the build: a digest of this build's files, and their paths from the site root. */
declare const SHELL_VERSION: string;
declare const SHELL_FILES: readonly string[];

const CACHE = shellCacheName(SHELL_VERSION);
const FILES = new Set(SHELL_FILES);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload` skips the HTTP cache, so the shell stored is exactly the build being served.
      await cache.addAll(SHELL_FILES.map((path) => new Request(path, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleShellCaches(await caches.keys(), CACHE).map((n) => caches.delete(n)));
      // The page that installed the worker is served by it from now on, not only after a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = routeShellRequest(request, self.location.origin, FILES);
  if (route.kind === 'navigation') {
    event.respondWith(loadPage(request));
  } else if (route.kind === 'shell-file') {
    event.respondWith(loadShellFile(request, route.path));
  }
});

async function loadPage(request: Request): Promise<Response> {
  const response = await fetch(request).catch(() => null);
  if (response && !shouldFallBackToShell(response)) return response;
  const shell = await caches.match(SHELL_PAGE, { cacheName: CACHE });
  return shell ?? response ?? Response.error();
}

async function loadShellFile(request: Request, path: string): Promise<Response> {
  const cached = await caches.match(path, { cacheName: CACHE });
  return cached ?? fetch(request);
}
