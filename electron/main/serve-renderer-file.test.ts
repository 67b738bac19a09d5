import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor } from './content-types';
import { serveRendererFile } from './serve-renderer-file';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'desk-renderer-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
  // A sibling folder whose name extends the renderer folder's: a naive prefix check passes it.
  mkdirSync(join(root, 'renderer-secrets'));
  writeFileSync(join(root, 'renderer-secrets', 'key.txt'), 'secret');
  writeFileSync(join(root, 'outside.txt'), 'secret');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('serveRendererFile', () => {
  it('serves index.html for the root', async () => {
    const response = await serveRendererFile(rendererDir, [], 'GET');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Desk</title>');
  });

  it('serves assets with their content type', async () => {
    const js = await serveRendererFile(rendererDir, ['assets', 'app.js'], 'GET');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const css = await serveRendererFile(rendererDir, ['assets', 'app.css'], 'GET');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await serveRendererFile(rendererDir, ['cases', '42'], 'GET');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Desk</title>');
  });

  it('answers 404 for a missing asset instead of HTML', async () => {
    const response = await serveRendererFile(rendererDir, ['assets', 'gone.js'], 'GET');
    expect(response.status).toBe(404);
  });

  it('never serves a file outside the folder, even given raw segments', async () => {
    for (const segments of [
      ['..', 'outside.txt'],
      ['..', 'renderer-secrets', 'key.txt'],
      [join(root, 'outside.txt')],
    ]) {
      const response = await serveRendererFile(rendererDir, segments, 'GET');
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await serveRendererFile(rendererDir, ['assets', 'app.js'], 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('knows what a Vite build emits and falls back to opaque bytes', () => {
    expect(contentTypeFor('x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.wasm')).toBe('application/wasm');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });
});
