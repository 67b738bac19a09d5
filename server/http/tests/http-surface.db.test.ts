import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { App } from '../app-env';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf, TestClient } from '../../testing/test-client';
import { importCase } from '../../testing/case-steps';

let t: TestApp;
let team: Team;
let rendererDir: string;
let app: App;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'desk-renderer-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Disclosure Desk</title>');
  await writeFile(join(rendererDir, 'assets', 'app-3f9a.js'), 'console.log(1)');
});
afterAll(() => rm(rendererDir, { recursive: true, force: true }));

beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
  app = createApp({ db: t.database.db, clock: t.clock.now, rendererDir });
});
afterEach(() => t.close());

describe('the HTTP surface', () => {
  it('refuses a state-changing request from another origin', async () => {
    const current = await importCase(team.reviewer);
    const crossSite = await team.reviewer.request('POST', '/api/mutations', {
      json: { name: 'case.startReview', args: { caseId: current.id, version: 1 } },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(errorOf(crossSite).code).toBe('forbidden');
    const sameSite = await team.reviewer.request('POST', '/api/mutations', {
      json: { name: 'case.startReview', args: { caseId: current.id, version: 1 } },
      headers: { origin: 'http://desk.test' },
    });
    expect(sameSite.status).toBe(200);
  });

  it('requires JSON bodies to say they are JSON', async () => {
    const form = await team.reviewer.request('POST', '/api/session/reauth', {
      body: 'password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(errorOf(form).code).toBe('validation');
  });

  it('refuses an oversized body before reading it', async () => {
    const huge = await team.reviewer.request('POST', '/api/mutations', {
      body: JSON.stringify({ name: 'x'.repeat(17 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(400);
    expect(errorOf(huge).message).toMatch(/larger than 16 MB/);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const missing = await team.reviewer.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe('not_found');
    const wrongMethod = await team.reviewer.request('PUT', '/api/cases');
    expect(errorOf(wrongMethod).code).toBe('not_found');
  });

  it('names a malformed case id rather than failing', async () => {
    const bad = await team.reviewer.get('/api/cases/1%27%20OR%201=1');
    expect(errorOf(bad)).toMatchObject({ code: 'validation', paths: ['caseId'] });
    const unknown = await team.reviewer.get('/api/cases/00000000-0000-4000-8000-000000000000');
    expect(errorOf(unknown).code).toBe('not_found');
  });

  it('keeps case data out of caches and sniffers', async () => {
    const response = await team.reviewer.get('/api/cases');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the renderer with strict headers and falls back to index.html', async () => {
    const client = new TestClient(app);
    const index = await client.get('/');
    expect(index.status).toBe(200);
    expect(new TextDecoder().decode(index.bytes)).toContain('Disclosure Desk');
    expect(index.headers.get('content-security-policy')).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');

    const deepLink = await client.get('/cases/123/review');
    expect(new TextDecoder().decode(deepLink.bytes)).toContain('Disclosure Desk');

    const asset = await client.get('/assets/app-3f9a.js');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);

    const escape = await client.get('/..%2f..%2f..%2fetc%2fpasswd');
    expect(new TextDecoder().decode(escape.bytes)).toContain('Disclosure Desk');

    const api = await client.get('/api/unknown');
    expect(errorOf(api).code).toBe('not_found');
  });
});
