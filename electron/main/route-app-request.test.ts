import { describe, expect, it } from 'vitest';
import { routeAppRequest } from './route-app-request';

describe('routeAppRequest', () => {
  it('sends /api and everything under it to the case service, with the query', () => {
    expect(routeAppRequest('app://desk/api/cases?cursor=12&limit=5', 'GET')).toEqual({
      kind: 'api',
      pathAndQuery: '/api/cases?cursor=12&limit=5',
    });
    expect(routeAppRequest('app://desk/api', 'POST')).toEqual({
      kind: 'api',
      pathAndQuery: '/api',
    });
    expect(routeAppRequest('app://desk/api/session', 'DELETE').kind).toBe('api');
  });

  it('does not mistake a path that merely starts with "api" for the API', () => {
    expect(routeAppRequest('app://desk/apikeys.html', 'GET')).toEqual({
      kind: 'file',
      segments: ['apikeys.html'],
    });
  });

  it('serves renderer files as checked segments', () => {
    expect(routeAppRequest('app://desk/', 'GET')).toEqual({ kind: 'file', segments: [] });
    expect(routeAppRequest('app://desk/assets/index-abc.js', 'GET')).toEqual({
      kind: 'file',
      segments: ['assets', 'index-abc.js'],
    });
    expect(routeAppRequest('app://desk/cases/42/', 'HEAD')).toEqual({
      kind: 'file',
      segments: ['cases', '42'],
    });
  });

  it('decodes percent-encoded names', () => {
    expect(routeAppRequest('app://desk/assets/a%20b.css', 'GET')).toEqual({
      kind: 'file',
      segments: ['assets', 'a b.css'],
    });
  });

  it.each([
    'app://desk/..%2F..%2Fetc%2Fpasswd',
    'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://desk/assets/..%5C..%5Cwindows%5Cwin.ini',
    'app://desk/%2Fetc%2Fpasswd',
    'app://desk/C%3A%5Cboot.ini',
    'app://desk/assets/%00.js',
    'app://desk/.env',
    'app://desk/assets//index.js',
    'app://desk/%E0%A4%A',
  ])('refuses a path that could leave the renderer folder: %s', (url) => {
    expect(routeAppRequest(url, 'GET')).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('lets the URL parser collapse plain dot segments, so they never climb above the root', () => {
    expect(routeAppRequest('app://desk/../../etc/passwd', 'GET')).toEqual({
      kind: 'file',
      segments: ['etc', 'passwd'],
    });
  });

  it.each([
    'app://evil/index.html',
    'app://desk.evil/index.html',
    'app://desk:8080/index.html',
    'https://desk/index.html',
    'file:///etc/passwd',
  ])('refuses other hosts and schemes: %s', (url) => {
    expect(routeAppRequest(url, 'GET')).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('refuses credentials in the URL and malformed URLs', () => {
    expect(routeAppRequest('app://user:pw@desk/', 'GET')).toMatchObject({ kind: 'refused' });
    expect(routeAppRequest('not a url', 'GET')).toMatchObject({ kind: 'refused', status: 400 });
  });

  it('refuses writes to files', () => {
    expect(routeAppRequest('app://desk/index.html', 'POST')).toMatchObject({
      kind: 'refused',
      status: 405,
    });
  });
});
