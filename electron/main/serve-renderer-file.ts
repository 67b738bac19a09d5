import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentTypeFor } from './content-types';

const INDEX = 'index.html';

/**
 * Serves the built renderer. Paths without an extension are client-side routes and get
 * index.html (the SPA fallback); a missing asset is a plain 404, so a broken build shows up
 * as an error instead of HTML parsed as a script.
 */
export async function serveRendererFile(
  rendererDir: string,
  segments: readonly string[],
  method: string,
): Promise<Response> {
  const root = resolve(rendererDir);
  const requested = segments.length === 0 ? INDEX : segments.join('/');
  const filePath = await existingFile(root, requested);
  const lastSegment = segments.at(-1) ?? '';
  const target = filePath ?? (extname(lastSegment) === '' ? await existingFile(root, INDEX) : null);
  if (target === null) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const body = await readFile(target);
  return new Response(method.toUpperCase() === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(target),
      'Content-Length': String(body.byteLength),
      // A new app version ships new files under the same origin: always revalidate.
      'Cache-Control': 'no-cache',
    },
  });
}

/** The absolute path of a regular file inside `root`, or null; never anything outside it. */
async function existingFile(root: string, relative: string): Promise<string | null> {
  const candidate = resolve(root, relative);
  if (!candidate.startsWith(root + sep)) return null;
  try {
    const info = await stat(candidate);
    return info.isFile() ? candidate : null;
  } catch {
    return null;
  }
}
