import { describe, expect, it } from 'vitest';
import { wantsShellWorker } from './shell-worker';

describe('wantsShellWorker', () => {
  it('installs the worker for a built app served by the case service', () => {
    expect(wantsShellWorker('https:', true, true)).toBe(true);
    expect(wantsShellWorker('http:', true, true)).toBe(true);
  });

  it('leaves Electron, the dev server and browsers without workers alone', () => {
    expect(wantsShellWorker('app:', true, true)).toBe(false);
    expect(wantsShellWorker('https:', false, true)).toBe(false);
    expect(wantsShellWorker('https:', true, false)).toBe(false);
  });
});
