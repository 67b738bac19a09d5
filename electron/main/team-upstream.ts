import type { ApiUpstream } from './api-upstream';

export const TEAM_REQUEST_TIMEOUT_MS = 60_000;

// Node's fetch decodes compressed bodies but keeps these headers; passed on, they would make
// Chromium decode the body a second time.
const STALE_AFTER_DECODING = ['content-encoding', 'content-length'];

/**
 * A team server, reached with Node's fetch rather than Electron's `net`: `net` keeps
 * `Set-Cookie` from its callers, and the session cookie lives in main's jar.
 */
export function teamUpstream(serverOrigin: string, fetchImpl: typeof fetch = fetch): ApiUpstream {
  return {
    kind: 'team',
    origin: serverOrigin,
    async fetch(request) {
      const response = await fetchImpl(request, {
        redirect: 'manual',
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(TEAM_REQUEST_TIMEOUT_MS)]),
      });
      const headers = new Headers(response.headers);
      for (const name of STALE_AFTER_DECODING) headers.delete(name);
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    },
    close: async () => {},
  };
}
