import { describe, expect, it } from 'vitest';
import { parseWorkerData } from './case-service-worker-data';

describe('parseWorkerData', () => {
  it('takes the data folder and the cookie setting main hands over', () => {
    expect(parseWorkerData({ dataDir: '/data/case-service', secureCookies: true })).toEqual({
      ok: true,
      dataDir: '/data/case-service',
      secureCookies: true,
    });
  });

  it('refuses to start without a data folder', () => {
    for (const data of [undefined, null, {}, { dataDir: '' }, { dataDir: 3 }]) {
      expect(parseWorkerData(data).ok).toBe(false);
    }
  });
});
