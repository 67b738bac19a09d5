import { APP_HOST, APP_SCHEME } from './app-origin';

export type AppRoute =
  | { kind: 'api'; pathAndQuery: string }
  | { kind: 'file'; segments: string[] }
  | { kind: 'refused'; status: 400 | 404 | 405; reason: string };

const API_PREFIX = '/api';
const FILE_METHODS = new Set(['GET', 'HEAD']);
// Separators of any platform, drive letters and control characters have no place in a file name.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_SEGMENT = /[/\\:\u0000-\u001f]/;

/**
 * Decides what an `app://` request is, from its URL and method alone. File paths come back
 * as checked segments, never as a string that could still climb out of the renderer folder.
 */
export function routeAppRequest(rawUrl: string, method: string): AppRoute {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') {
    return { kind: 'refused', status: 404, reason: `unknown host ${url.host}` };
  }
  if (url.username !== '' || url.password !== '') {
    return { kind: 'refused', status: 400, reason: 'credentials in URL' };
  }

  const path = url.pathname;
  if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) {
    return { kind: 'api', pathAndQuery: `${path}${url.search}` };
  }

  if (!FILE_METHODS.has(method.toUpperCase())) {
    return { kind: 'refused', status: 405, reason: `${method} is not allowed on files` };
  }
  const segments = fileSegments(path);
  if (segments === null) {
    return { kind: 'refused', status: 404, reason: 'path outside the renderer folder' };
  }
  return { kind: 'file', segments };
}

/**
 * The URL parser already removed `.` and `..`, but percent-encoded separators (`..%2F`) only
 * turn into them on decoding, so each decoded segment is checked again. Dot files are refused
 * too: the renderer build has none, and nothing hidden should be reachable.
 */
function fileSegments(pathname: string): string[] | null {
  const parts = pathname.split('/').slice(1);
  if (parts.at(-1) === '') parts.pop();
  const segments: string[] = [];
  for (const part of parts) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (decoded === '' || decoded.startsWith('.') || UNSAFE_IN_SEGMENT.test(decoded)) {
      return null;
    }
    segments.push(decoded);
  }
  return segments;
}
