/**
 * The messages between Electron main and the worker that runs the embedded case service.
 * Everything here is structured-cloneable: requests travel as one buffered message (bodies,
 * multipart uploads included, are buffered by main anyway), responses as a head followed by
 * body chunks, so a large download is handed on as it is produced.
 */

export type HeaderPairs = [string, string][];

export type ToWorker =
  | {
      type: 'request';
      id: number;
      method: string;
      url: string;
      headers: HeaderPairs;
      body: ArrayBuffer | null;
    }
  /** The reader of a response went away: stop producing its body. */
  | { type: 'cancel'; id: number }
  /** Close the database and answer `closed`. */
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  /** The service could not start (database in use, migration failed, …). */
  | { type: 'failed'; message: string }
  | { type: 'head'; id: number; status: number; statusText: string; headers: HeaderPairs }
  | { type: 'chunk'; id: number; bytes: Uint8Array }
  | { type: 'end'; id: number }
  /** The request failed before or while its response was produced. */
  | { type: 'error'; id: number; message: string }
  | { type: 'closed' };

/**
 * Header pairs that keep every `Set-Cookie` apart: joined with commas, as `Headers.get`
 * would, two cookies could no longer be told apart.
 */
export function headerPairs(headers: Headers): HeaderPairs {
  const pairs: HeaderPairs = [];
  headers.forEach((value, name) => {
    if (name !== 'set-cookie') pairs.push([name, value]);
  });
  for (const cookie of headers.getSetCookie()) pairs.push(['set-cookie', cookie]);
  return pairs;
}

export function headersFromPairs(pairs: HeaderPairs): Headers {
  const headers = new Headers();
  for (const [name, value] of pairs) headers.append(name, value);
  return headers;
}

const BODYLESS = new Set(['GET', 'HEAD']);

/** The request as one message; its body is transferred, not copied. */
export async function requestMessage(
  id: number,
  request: Request,
): Promise<{ message: ToWorker & { type: 'request' }; transfer: ArrayBuffer[] }> {
  const method = request.method.toUpperCase();
  const body = BODYLESS.has(method) ? null : await request.arrayBuffer();
  return {
    message: {
      type: 'request',
      id,
      method,
      url: request.url,
      headers: headerPairs(request.headers),
      body,
    },
    transfer: body === null ? [] : [body],
  };
}

export function requestFromMessage(message: ToWorker & { type: 'request' }): Request {
  return new Request(message.url, {
    method: message.method,
    headers: headersFromPairs(message.headers),
    body: message.body,
  });
}

/** Statuses whose responses may not carry a body (the Response constructor refuses one). */
export function isNullBodyStatus(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isId = (value: unknown): value is number => Number.isSafeInteger(value);
const isPairs = (value: unknown): value is HeaderPairs =>
  Array.isArray(value) &&
  value.every(
    (p) =>
      Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string',
  );

/** A message from the worker, or null when it is not one this side understands. */
export function parseFromWorker(data: unknown): FromWorker | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'ready':
    case 'closed':
      return { type: data.type };
    case 'failed':
      return typeof data.message === 'string' ? { type: 'failed', message: data.message } : null;
    case 'head':
      return isId(data.id) &&
        typeof data.status === 'number' &&
        typeof data.statusText === 'string' &&
        isPairs(data.headers)
        ? {
            type: 'head',
            id: data.id,
            status: data.status,
            statusText: data.statusText,
            headers: data.headers,
          }
        : null;
    case 'chunk':
      return isId(data.id) && data.bytes instanceof Uint8Array
        ? { type: 'chunk', id: data.id, bytes: data.bytes }
        : null;
    case 'end':
      return isId(data.id) ? { type: 'end', id: data.id } : null;
    case 'error':
      return isId(data.id) && typeof data.message === 'string'
        ? { type: 'error', id: data.id, message: data.message }
        : null;
    default:
      return null;
  }
}

/** A message from main, or null when it is not one this side understands. */
export function parseToWorker(data: unknown): ToWorker | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'close':
      return { type: 'close' };
    case 'cancel':
      return isId(data.id) ? { type: 'cancel', id: data.id } : null;
    case 'request':
      return isId(data.id) &&
        typeof data.method === 'string' &&
        typeof data.url === 'string' &&
        isPairs(data.headers) &&
        (data.body === null || data.body instanceof ArrayBuffer)
        ? {
            type: 'request',
            id: data.id,
            method: data.method,
            url: data.url,
            headers: data.headers,
            body: data.body,
          }
        : null;
    default:
      return null;
  }
}
