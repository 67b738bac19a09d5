import { describe, expect, it } from 'vitest';
import { parseDeskConfig, SERVER_URL_ENV, USER_DATA_ENV, userDataOverride } from './desk-config';

const file = (text: string) => ({ path: '/data/config.json', text });

describe('parseDeskConfig', () => {
  it('defaults to the embedded service', () => {
    expect(parseDeskConfig({ env: {}, file: null })).toEqual({
      ok: true,
      config: { mode: 'embedded' },
    });
    expect(parseDeskConfig({ env: { [SERVER_URL_ENV]: '  ' }, file: null })).toEqual({
      ok: true,
      config: { mode: 'embedded' },
    });
    expect(parseDeskConfig({ env: {}, file: file('{}') })).toEqual({
      ok: true,
      config: { mode: 'embedded' },
    });
  });

  it('takes a team server from the environment, as its origin', () => {
    expect(
      parseDeskConfig({ env: { [SERVER_URL_ENV]: 'https://Desk.Example.org:8443/' }, file: null }),
    ).toEqual({
      ok: true,
      config: { mode: 'team', serverOrigin: 'https://desk.example.org:8443' },
    });
  });

  it('takes a team server from the file, and lets the environment win over it', () => {
    const fromFile = file('{"serverUrl":"https://file.example.org"}');
    expect(parseDeskConfig({ env: {}, file: fromFile })).toEqual({
      ok: true,
      config: { mode: 'team', serverOrigin: 'https://file.example.org' },
    });
    expect(
      parseDeskConfig({ env: { [SERVER_URL_ENV]: 'https://env.example.org' }, file: fromFile }),
    ).toMatchObject({ config: { serverOrigin: 'https://env.example.org' } });
  });

  it.each([
    ['http://desk.example.org', 'must use https (got http)'],
    ['ftp://desk.example.org', 'must use https'],
    ['desk.example.org', 'is not a URL'],
    ['https://user:pw@desk.example.org', 'must not contain a user name or password'],
    ['https://desk.example.org/api', 'without a path'],
    ['https://desk.example.org/?x=1', 'without a path, query or fragment'],
  ])('refuses %s with a clear message', (value, message) => {
    const result = parseDeskConfig({ env: { [SERVER_URL_ENV]: value }, file: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(SERVER_URL_ENV);
      expect(result.message).toContain(message);
    }
  });

  it('names the file and the setting when the file is wrong', () => {
    const notJson = parseDeskConfig({ env: {}, file: file('{serverUrl:') });
    expect(notJson).toEqual({ ok: false, message: '/data/config.json is not valid JSON.' });

    const http = parseDeskConfig({ env: {}, file: file('{"serverUrl":"http://x.example.org"}') });
    expect(http).toEqual({
      ok: false,
      message: '/data/config.json: "serverUrl" must use https (got http).',
    });

    const typo = parseDeskConfig({ env: {}, file: file('{"serverURL":"https://x.example.org"}') });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.message).toContain('serverURL');
  });
});

describe('userDataOverride', () => {
  it('keeps the default when unset and accepts an absolute folder', () => {
    expect(userDataOverride({})).toEqual({ ok: true, dir: null });
    expect(userDataOverride({ [USER_DATA_ENV]: '/tmp/desk-1' })).toEqual({
      ok: true,
      dir: '/tmp/desk-1',
    });
  });

  it('refuses a relative folder', () => {
    expect(userDataOverride({ [USER_DATA_ENV]: 'desk-data' })).toMatchObject({ ok: false });
  });
});
