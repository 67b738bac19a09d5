/**
 * What the app-shell worker does with each request. Case data never passes through its cache:
 * everything under /api goes to the network untouched, so the worker cannot serve a stale or
 * another user's answer, and nothing the case service returns lands in a cache.
 */
export type ShellRoute =
  /** A page load: the network first, the cached shell when the case service is unreachable. */
  | { kind: 'navigation' }
  /** A file of this build: from the shell cache, the network only if it is missing. */
  | { kind: 'shell-file'; path: string }
  /** Not the worker's business: the browser handles it as if there were no worker. */
  | { kind: 'pass-through' };

export interface ShellRequest {
  url: string;
  method: string;
  mode: string;
}

export const SHELL_PAGE = '/index.html';

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

export function routeShellRequest(
  request: ShellRequest,
  scopeOrigin: string,
  shellFiles: ReadonlySet<string>,
): ShellRoute {
  if (request.method !== 'GET') return { kind: 'pass-through' };
  const url = new URL(request.url);
  if (url.origin !== scopeOrigin || isApiPath(url.pathname)) return { kind: 'pass-through' };
  if (request.mode === 'navigate') return { kind: 'navigation' };
  if (shellFiles.has(url.pathname)) return { kind: 'shell-file', path: url.pathname };
  return { kind: 'pass-through' };
}

/**
 * A page load falls back to the cached shell when the network fails outright or a proxy in
 * front of the case service answers with a server error; a 4xx is the server's real answer.
 */
export function shouldFallBackToShell(response: { status: number } | null): boolean {
  return response === null || response.status >= 500;
}

export const SHELL_CACHE_PREFIX = 'disclosure-desk-shell-';

export function shellCacheName(version: string): string {
  return `${SHELL_CACHE_PREFIX}${version}`;
}

/** Caches of earlier builds, to delete once this build's worker is in charge. */
export function staleShellCaches(cacheNames: readonly string[], current: string): string[] {
  return cacheNames.filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== current);
}
