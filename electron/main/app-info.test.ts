import { describe, expect, it } from 'vitest';
import { AppInfo } from '../../shared/ipc';
import { appInfo } from './app-info';

describe('appInfo', () => {
  it('describes an embedded app', () => {
    const info = appInfo({
      name: 'Disclosure Desk',
      version: '0.1.0',
      versions: { electron: '45.3.4', chrome: '140.0.0.0' },
      platform: 'linux',
      config: { mode: 'embedded' },
    });
    expect(AppInfo.parse(info)).toEqual({
      name: 'Disclosure Desk',
      version: '0.1.0',
      electronVersion: '45.3.4',
      chromeVersion: '140.0.0.0',
      platform: 'linux',
      mode: 'embedded',
      serverOrigin: null,
    });
  });

  it('names the team server', () => {
    const info = appInfo({
      name: 'Disclosure Desk',
      version: '0.1.0',
      versions: {},
      platform: 'darwin',
      config: { mode: 'team', serverOrigin: 'https://team.example.org' },
    });
    expect(info).toMatchObject({
      mode: 'team',
      serverOrigin: 'https://team.example.org',
      electronVersion: 'unknown',
    });
  });
});
