import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built renderer. A path that names no file gets index.html, so that the
 * single-page app can handle its own routes on reload.
 */
export async function serveRenderer(rendererDir: string, urlPath: string): Promise<Response> {
  const root = resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  const candidate = resolve(root, '.' + decoded);
  // Never outside the renderer folder, whatever the path says.
  const inside = candidate === root || candidate.startsWith(root + sep);
  const file = inside && (await isFile(candidate)) ? candidate : resolve(root, 'index.html');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response('The renderer has not been built.', { status: 404 });
  }
  const isIndex = file === resolve(root, 'index.html');
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite fingerprints asset names, so they never change; index.html must always be fresh.
      'Cache-Control':
        !isIndex && file.startsWith(resolve(root, 'assets') + sep)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
    },
  });
}
