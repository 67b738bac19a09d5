import { describe, expect, it } from 'vitest';
import { teamUpstream } from './team-upstream';

describe('teamUpstream', () => {
  it('asks for manual redirects and drops headers that no longer fit the decoded body', async () => {
    let init: RequestInit | undefined;
    const upstream = teamUpstream('https://team.example.org', async (_input, given) => {
      init = given;
      return new Response('{}', {
        status: 200,
        headers: {
          'Content-Encoding': 'gzip',
          'Content-Length': '20',
          'Content-Type': 'application/json',
          'Set-Cookie': 'dd_session=x; Secure; Path=/',
        },
      });
    });
    const response = await upstream.fetch(new Request('https://team.example.org/api/setup'));
    expect(init?.redirect).toBe('manual');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('content-type')).toBe('application/json');
    // The forwarder takes the cookie into main's jar; it must still be visible here.
    expect(response.headers.getSetCookie()).toEqual(['dd_session=x; Secure; Path=/']);
    expect(upstream.kind).toBe('team');
    expect(upstream.origin).toBe('https://team.example.org');
  });
});
