import type { ApiError } from '../../shared/errors';
import { APP_ORIGIN } from './app-origin';
import type { ApiUpstream } from './api-upstream';
import type { CookieJar } from './cookie-jar';

/**
 * Headers the renderer may not choose: cookies come from the jar, origin and host from the
 * upstream, and hop-by-hop headers describe a connection that does not exist here.
 */
const DROPPED_REQUEST_HEADERS = [
  'cookie',
  'host',
  'origin',
  'referer',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-connection',
];

const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

export type ApiForwarder = (request: Request, pathAndQuery: string) => Promise<Response>;

/**
 * Turns an `app://desk/api/...` request into the same request addressed at the upstream's
 * own origin, so the service sees an ordinary same-origin call, and keeps the session
 * cookie on this side of the bridge.
 */
export function createApiForwarder(upstream: ApiUpstream, jar: CookieJar): ApiForwarder {
  return async (request, pathAndQuery) => {
    const origin = request.headers.get('origin');
    // A page of the app sends its own origin or none; anything else is a request the app
    // did not make, and it would otherwise ride on the signed-in session.
    if (origin !== null && origin !== APP_ORIGIN) {
      return errorResponse(403, 'forbidden', 'Requests from other origins are refused.');
    }
    const target = upstreamUrl(upstream.origin, pathAndQuery);
    if (target === null) {
      return errorResponse(400, 'validation', 'Malformed API path.');
    }

    const headers = forwardedHeaders(request.headers, origin !== null ? upstream.origin : null);
    const cookie = jar.cookieHeader(target);
    if (cookie !== null) headers.set('cookie', cookie);
    const method = request.method.toUpperCase();
    const body = BODYLESS_METHODS.has(method) ? undefined : await request.arrayBuffer();

    let response: Response;
    try {
      response = await upstream.fetch(
        new Request(target, { method, headers, body, redirect: 'manual' }),
      );
    } catch (error) {
      console.error('case service request failed', error);
      // Unreachable, not failed: the renderer then works from its mirror and keeps the
      // outbox, as a browser does when its own request cannot leave the machine.
      return errorResponse(
        503,
        'unreachable',
        upstream.kind === 'team'
          ? `The team server ${upstream.origin} cannot be reached.`
          : 'The case service did not answer.',
      );
    }

    jar.store(target, response.headers.getSetCookie());
    if (response.status >= 300 && response.status < 400) {
      // The API never redirects; following one would send the session somewhere else.
      return errorResponse(502, 'internal', 'The case service answered with a redirect.');
    }
    return withoutSetCookie(response);
  };
}

/** The upstream URL for an `/api` path, or null when the path would leave the upstream. */
export function upstreamUrl(upstreamOrigin: string, pathAndQuery: string): URL | null {
  if (!pathAndQuery.startsWith('/api') || pathAndQuery.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(`${upstreamOrigin}${pathAndQuery}`);
  } catch {
    return null;
  }
  return url.origin === new URL(upstreamOrigin).origin ? url : null;
}

function forwardedHeaders(incoming: Headers, origin: string | null): Headers {
  const headers = new Headers(incoming);
  for (const name of DROPPED_REQUEST_HEADERS) headers.delete(name);
  if (origin !== null) headers.set('origin', origin);
  // Bodies pass through main unchanged; compression would only be undone and redone.
  headers.set('accept-encoding', 'identity');
  return headers;
}

function withoutSetCookie(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

function errorResponse(status: number, code: ApiError['code'], message: string): Response {
  const body: { error: ApiError } = { error: { code, message } };
  return Response.json(body, { status });
}
