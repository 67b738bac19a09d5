import { describe, expect, it } from 'vitest';
import { API } from '../../shared/api';
import { createApiClient } from './api-client';
import { ApiRequestError, describeError, OfflineError } from './api-errors';

interface Recorded {
  url: string;
  init: RequestInit | undefined;
}

function clientAnswering(response: () => Response | Promise<Response>) {
  const calls: Recorded[] = [];
  const reachability: boolean[] = [];
  const callApi = createApiClient({
    fetch: async (input, init) => {
      calls.push({ url: String(input), init });
      return response();
    },
    onReachability: (reachable) => reachability.push(reachable),
  });
  return { callApi, calls, reachability };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createApiClient', () => {
  it('fills path parameters and query strings, and parses the response', async () => {
    const page = { databaseId: 'd', cursor: '5', hasMore: false, cases: [] };
    const { callApi, calls } = clientAnswering(() => json(200, page));
    const result = await callApi(API.caseChanges, { query: { cursor: '4', limit: 100 } });
    expect(result).toEqual(page);
    expect(calls[0]!.url).toBe('/api/cases?cursor=4&limit=100');
    expect(calls[0]!.init?.method).toBe('GET');
  });

  it('sends JSON bodies with the route method', async () => {
    const { callApi, calls } = clientAnswering(() => json(200, { ok: true }));
    await callApi(API.reauthenticate, { body: { password: 'correct horse battery' } });
    expect(calls[0]!.init?.method).toBe('POST');
    expect(calls[0]!.init?.body).toBe('{"password":"correct horse battery"}');
  });

  it('turns an error body into an ApiRequestError with code, status, message and issues', async () => {
    const { callApi } = clientAnswering(() =>
      json(400, {
        error: {
          code: 'validation',
          message: 'The order is not valid.',
          issues: [{ path: 'targets.1.identifier.value', message: 'not a user id' }],
        },
      }),
    );
    const error = await callApi(API.getCase, { params: { caseId: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      code: 'validation',
      status: 400,
      message: 'The order is not valid.',
      issues: [{ path: 'targets.1.identifier.value', message: 'not a user id' }],
    });
  });

  it('carries the wait a busy service asks for, and none when it names none', async () => {
    const busy = { error: { code: 'busy', message: 'Too many changes waiting.' } };
    const { callApi } = clientAnswering(
      () =>
        new Response(JSON.stringify(busy), {
          status: 503,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '7' },
        }),
    );
    const error = await callApi(API.push, { body: { clientId: 'c', mutations: [] } }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'busy', status: 503, retryAfterMs: 7000 });

    const { callApi: plain } = clientAnswering(() => json(503, busy));
    const without = await plain(API.push, { body: { clientId: 'c', mutations: [] } }).catch(
      (e: unknown) => e,
    );
    expect(without).toMatchObject({ code: 'busy', retryAfterMs: null });
  });

  it('keeps the server reason for a four-eyes refusal', async () => {
    const { callApi } = clientAnswering(() =>
      json(403, { error: { code: 'four_eyes', message: 'You signed off this case.' } }),
    );
    const error = await callApi(API.getCase, { params: { caseId: 'x' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'four_eyes', status: 403 });
    expect(describeError(error)).toBe('You signed off this case.');
  });

  it('explains a stale version in words', async () => {
    const { callApi } = clientAnswering(() =>
      json(409, { error: { code: 'stale_version', message: 'version 3 is not current' } }),
    );
    const error = await callApi(API.getCase, { params: { caseId: 'x' } }).catch((e: unknown) => e);
    expect(describeError(error)).toMatch(/^This case was changed by someone else/);
  });

  it('maps an error without a readable body to a generic error with the status', async () => {
    const { callApi } = clientAnswering(
      () => new Response('<html>Internal error</html>', { status: 500 }),
    );
    const error = await callApi(API.session).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'internal', status: 500 });
  });

  it('treats a proxy that cannot reach the service as offline', async () => {
    for (const status of [502, 503, 504]) {
      const { callApi, reachability } = clientAnswering(
        () => new Response('<html>Bad gateway</html>', { status }),
      );
      await expect(callApi(API.session)).rejects.toBeInstanceOf(OfflineError);
      expect(reachability).toEqual([false]);
    }
  });

  it('treats Electron’s word that the team server is out of reach as offline', async () => {
    const { callApi, reachability } = clientAnswering(() =>
      json(503, { error: { code: 'unreachable', message: 'The team server cannot be reached.' } }),
    );
    await expect(callApi(API.getCase, { params: { caseId: 'x' } })).rejects.toBeInstanceOf(
      OfflineError,
    );
    expect(reachability).toEqual([false]);
  });

  it('keeps the service’s own error, even on a gateway status', async () => {
    const { callApi } = clientAnswering(() =>
      json(503, { error: { code: 'internal', message: 'The database is restarting.' } }),
    );
    await expect(callApi(API.session)).rejects.toMatchObject({ code: 'internal', status: 503 });
  });

  it('refuses a success response that does not match the contract', async () => {
    const { callApi } = clientAnswering(() => json(200, { needsFirstAdmin: 'yes' }));
    const error = await callApi(API.setupStatus).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ code: 'internal' });
  });

  it('reports a network failure as OfflineError and marks the service unreachable', async () => {
    const { callApi, reachability } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(callApi(API.setupStatus)).rejects.toBeInstanceOf(OfflineError);
    expect(reachability).toEqual([false]);
  });

  it('marks the service reachable again when any answer arrives', async () => {
    const { callApi, reachability } = clientAnswering(() =>
      json(401, { error: { code: 'unauthenticated', message: 'Sign in.' } }),
    );
    await expect(callApi(API.session)).rejects.toMatchObject({
      code: 'unauthenticated',
      status: 401,
    });
    expect(reachability).toEqual([true]);
  });
});
