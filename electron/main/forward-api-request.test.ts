import { describe, expect, it, vi } from 'vitest';
import type { ApiUpstream } from './api-upstream';
import { CookieJar } from './cookie-jar';
import { createApiForwarder, upstreamUrl } from './forward-api-request';

/** A stand-in case service that records what it was asked and answers as told. */
function fakeUpstream(answer: (request: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const upstream: ApiUpstream = {
    kind: 'embedded',
    origin: 'https://desk.localhost',
    fetch: async (request) => {
      seen.push(request);
      return answer(request);
    },
    close: async () => {},
  };
  return { upstream, seen };
}

function loginAnswer() {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  headers.append('Set-Cookie', 'dd_session=s3cret; Path=/; HttpOnly; Secure; SameSite=Strict');
  return new Response('{"user":{}}', { status: 200, headers });
}

describe('createApiForwarder', () => {
  it('rewrites the request onto the upstream origin, as a same-origin request', async () => {
    const { upstream, seen } = fakeUpstream(() => new Response('{}'));
    const forward = createApiForwarder(upstream, new CookieJar());
    await forward(
      new Request('app://desk/api/cases?cursor=3', {
        method: 'POST',
        headers: {
          Origin: 'app://desk',
          Referer: 'app://desk/cases',
          'Content-Type': 'application/json',
          'X-Request-Id': 'r1',
        },
        body: '{"a":1}',
      }),
      '/api/cases?cursor=3',
    );
    const sent = seen[0]!;
    expect(sent.url).toBe('https://desk.localhost/api/cases?cursor=3');
    expect(sent.method).toBe('POST');
    expect(sent.headers.get('origin')).toBe('https://desk.localhost');
    expect(sent.headers.get('referer')).toBeNull();
    expect(sent.headers.get('content-type')).toBe('application/json');
    expect(sent.headers.get('x-request-id')).toBe('r1');
    expect(await sent.text()).toBe('{"a":1}');
  });

  it('keeps the session cookie in main: stored from Set-Cookie, never shown to the renderer', async () => {
    const { upstream, seen } = fakeUpstream((request) =>
      request.url.endsWith('/api/session') && request.method === 'POST'
        ? loginAnswer()
        : new Response('{}'),
    );
    const forward = createApiForwarder(upstream, new CookieJar());

    const login = await forward(
      new Request('app://desk/api/session', { method: 'POST', body: '{}' }),
      '/api/session',
    );
    expect(login.headers.get('set-cookie')).toBeNull();
    expect(login.headers.getSetCookie()).toEqual([]);
    expect(await login.text()).toBe('{"user":{}}');

    await forward(new Request('app://desk/api/cases'), '/api/cases');
    expect(seen[1]!.headers.get('cookie')).toBe('dd_session=s3cret');
  });

  it('ignores a Cookie header the renderer tries to send', async () => {
    const { upstream, seen } = fakeUpstream(() => new Response('{}'));
    const forward = createApiForwarder(upstream, new CookieJar());
    await forward(
      new Request('app://desk/api/cases', { headers: { Cookie: 'dd_session=forged' } }),
      '/api/cases',
    );
    expect(seen[0]!.headers.get('cookie')).toBeNull();
  });

  it('refuses requests that carry another origin', async () => {
    const { upstream, seen } = fakeUpstream(() => new Response('{}'));
    const forward = createApiForwarder(upstream, new CookieJar());
    for (const origin of ['https://evil.example', 'null', 'app://desk.evil']) {
      const response = await forward(
        new Request('app://desk/api/mutations', { method: 'POST', headers: { Origin: origin } }),
        '/api/mutations',
      );
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(seen).toHaveLength(0);
  });

  it('does not follow or pass on a redirect from the service', async () => {
    const { upstream } = fakeUpstream(
      () => new Response(null, { status: 302, headers: { Location: 'https://evil.example/' } }),
    );
    const forward = createApiForwarder(upstream, new CookieJar());
    const response = await forward(new Request('app://desk/api/session'), '/api/session');
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
  });

  it('answers an unreachable upstream with an API error body that says so', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { upstream } = fakeUpstream(() => {
      throw new TypeError('fetch failed');
    });
    const forward = createApiForwarder(
      { ...upstream, kind: 'team', origin: 'https://team.example.org' },
      new CookieJar(),
    );
    const response = await forward(new Request('app://desk/api/cases'), '/api/cases');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: {
        code: 'unreachable',
        message: 'The team server https://team.example.org cannot be reached.',
      },
    });
  });
});

describe('upstreamUrl', () => {
  it('keeps the upstream origin whatever the path', () => {
    expect(upstreamUrl('https://desk.localhost', '/api/cases?x=1')?.href).toBe(
      'https://desk.localhost/api/cases?x=1',
    );
    expect(upstreamUrl('https://desk.localhost', '//evil.example/api')).toBeNull();
    expect(upstreamUrl('https://desk.localhost', '/api@evil.example')?.origin).toBe(
      'https://desk.localhost',
    );
    expect(upstreamUrl('https://desk.localhost', 'https://evil.example/api')).toBeNull();
  });
});
