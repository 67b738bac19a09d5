import { SHELL_PAGE } from './shell-routes';

export const SHELL_WORKER_FILE = 'sw.js';

/**
 * The files a reload needs without the network: the page and everything the build emitted
 * for it. Source maps are for developers and the worker does not cache itself.
 */
export function shellFiles(emitted: readonly string[]): string[] {
  const files = emitted
    .filter((name) => !name.endsWith('.map') && name !== SHELL_WORKER_FILE)
    .map((name) => `/${name}`);
  return [...new Set([SHELL_PAGE, ...files])].sort();
}
