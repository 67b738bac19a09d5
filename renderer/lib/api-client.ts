import type { z } from 'zod';
import { routePath, type RouteBody, type RouteDef, type RouteResponse } from '../../shared/api';
import { ErrorBody, type ApiError } from '../../shared/errors';
import { ApiRequestError, OfflineError } from './api-errors';
import { reportReachability } from './connection';
import { retryAfterMs } from './retry-after';

type RouteQuery<R extends RouteDef> = R['query'] extends z.ZodType ? z.input<R['query']> : never;

export interface RequestParts<R extends RouteDef> {
  params?: Record<string, string>;
  /** The route's JSON body, or form data for the multipart routes. */
  body?: RouteBody<R> | FormData;
  query?: RouteQuery<R>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  fetch: typeof fetch;
  onReachability?: (reachable: boolean) => void;
}

export type CallApi = <R extends RouteDef>(
  route: R,
  parts?: RequestParts<R>,
) => Promise<RouteResponse<R>>;

function buildUrl(route: RouteDef, params?: Record<string, string>, query?: unknown): string {
  const path = routePath(route.path, params);
  if (query === undefined || query === null) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

function buildInit(route: RouteDef, body: unknown, signal?: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: route.method, headers, credentials: 'same-origin' };
  if (signal) init.signal = signal;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return init;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The service's own error body, or null when something else answered. */
function serviceError(payload: unknown): ApiError | null {
  const parsed = ErrorBody.safeParse(payload);
  return parsed.success ? parsed.data.error : null;
}

function errorFromResponse(response: Response, error: ApiError | null): ApiRequestError {
  if (error) {
    return new ApiRequestError(
      error.code,
      response.status,
      error.message,
      error.issues ?? [],
      retryAfterMs(response.headers.get('Retry-After')),
    );
  }
  const reason = response.statusText ? ` ${response.statusText}` : '';
  return new ApiRequestError(
    response.status >= 500 ? 'internal' : 'validation',
    response.status,
    `The case service answered ${response.status}${reason} without an explanation.`,
  );
}

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * The answer came from something between the app and the case service, which could not reach
 * it: Electron's main process says `unreachable`; a proxy answers a gateway status with a body
 * of its own. Either way the service decided nothing, and the outbox will try again.
 */
function cameFromBeforeTheService(response: Response, error: ApiError | null): boolean {
  return error ? error.code === 'unreachable' : GATEWAY_STATUSES.has(response.status);
}

/** A client typed from the route table: request and response shapes come from shared/api.ts. */
export function createApiClient(options: ApiClientOptions): CallApi {
  return async <R extends RouteDef>(
    route: R,
    parts: RequestParts<R> = {},
  ): Promise<RouteResponse<R>> => {
    const url = buildUrl(route, parts.params, parts.query);
    let response: Response;
    try {
      response = await options.fetch(url, buildInit(route, parts.body, parts.signal));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      options.onReachability?.(false);
      throw new OfflineError();
    }
    const payload = await readJson(response);
    if (!response.ok) {
      const error = serviceError(payload);
      const reachable = !cameFromBeforeTheService(response, error);
      options.onReachability?.(reachable);
      throw reachable ? errorFromResponse(response, error) : new OfflineError();
    }
    options.onReachability?.(true);
    const result = route.response.safeParse(payload);
    if (!result.success) {
      throw new ApiRequestError(
        'internal',
        response.status,
        `The case service sent a response this version of the app does not understand (${route.method} ${route.path}).`,
      );
    }
    return result.data as RouteResponse<R>;
  };
}

export const callApi: CallApi = createApiClient({
  fetch: (input, init) => fetch(input, init),
  onReachability: reportReachability,
});
