import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpDirectory } from './http-directory';

// A certificate for localhost made for these tests only: the directory is a local server.
const key = readFileSync(new URL('./fixtures/directory-test.key', import.meta.url), 'utf8');
const cert = readFileSync(new URL('./fixtures/directory-test.crt', import.meta.url), 'utf8');
const TOKEN = 'directory-token-0123456789';
const REQUEST = {
  target: 'user_id:5012345678',
  categories: ['phone_number' as const],
  ipWindow: null,
};
const ANSWER = {
  target: 'user_id:5012345678',
  result: 'found',
  accountId: 'acc-1',
  phoneNumber: '+33612345678',
  ipAddresses: [],
};

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function directoryServer(
  handle: (req: IncomingMessage, res: ServerResponse, body: string, attempt: number) => void,
): Promise<string> {
  let attempt = 0;
  server = createServer({ key, cert }, (req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => handle(req, res, body, ++attempt));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `https://localhost:${(server?.address() as AddressInfo).port}/v1`;
}

const options = (url: string) => ({
  url,
  token: TOKEN,
  ca: cert,
  timeoutMs: 500,
  retries: 2,
  backoffMs: 10,
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the lookup to fail');
}

describe('the HTTPS subscriber directory', () => {
  it('posts the approved requests with its token and reads the answers', async () => {
    let seen: { auth?: string; path?: string; body?: unknown } = {};
    const url = await directoryServer((req, res, body) => {
      seen = { auth: req.headers.authorization, path: req.url, body: JSON.parse(body) };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ answers: [ANSWER] }));
    });
    const answers = await httpDirectory(options(url)).lookUp([REQUEST]);
    expect(answers).toEqual([ANSWER]);
    expect(seen).toEqual({
      auth: `Bearer ${TOKEN}`,
      path: '/v1/lookups',
      body: { requests: [REQUEST] },
    });
  });

  it('tries again after a failure that may pass, and then answers', async () => {
    const url = await directoryServer((_req, res, _body, attempt) => {
      if (attempt < 3) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ answers: [ANSWER] }));
    });
    expect(await httpDirectory(options(url)).lookUp([REQUEST])).toEqual([ANSWER]);
  });

  it('gives up after its retries with a message for the user, on errors and on timeouts', async () => {
    const failing = await directoryServer((_req, res) => res.writeHead(500).end());
    const error = await refusal(httpDirectory(options(failing)).lookUp([REQUEST]));
    expect(error).toMatchObject({ code: 'directory_unavailable' });
    expect(error.message).toMatch(
      /could not be reached \(it answered status 500\) after 3 attempts/,
    );
    await new Promise<void>((resolve) => server?.close(() => resolve()));

    const silent = await directoryServer(() => undefined);
    const timedOut = await refusal(httpDirectory(options(silent)).lookUp([REQUEST]));
    expect(timedOut.message).toMatch(/no answer within 500 ms/);
  });

  it('does not retry what cannot pass: bad credentials, an untrusted certificate, a malformed answer', async () => {
    let calls = 0;
    const url = await directoryServer((_req, res) => {
      calls++;
      res.writeHead(401).end();
    });
    expect((await refusal(httpDirectory(options(url)).lookUp([REQUEST]))).message).toMatch(
      /credentials/,
    );
    expect(calls).toBe(1);
    const { ca: _, ...untrusting } = options(url);
    expect((await refusal(httpDirectory(untrusting).lookUp([REQUEST]))).message).toMatch(
      /certificate is not trusted/,
    );
    expect(calls).toBe(1);
    await new Promise<void>((resolve) => server?.close(() => resolve()));

    const odd = await directoryServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ answers: [{ target: 'x', result: 'maybe' }] }));
    });
    expect((await refusal(httpDirectory(options(odd)).lookUp([REQUEST]))).message).toMatch(
      /does not understand/,
    );
  });

  it('is never built over plain http', () => {
    expect(() => httpDirectory({ ...options('http://localhost:1/v1') })).toThrow(/https/);
  });
});
