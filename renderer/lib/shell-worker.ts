import { SHELL_WORKER_FILE } from '../service-worker/shell-manifest';

/**
 * Whether this page installs the app-shell worker, which lets a browser reload the app with
 * the case service out of reach. Only a built app served over http(s) needs it: Electron
 * loads the shell from disk through `app://`, and the dev server rebuilds on every change.
 * Browsers offer workers only in a secure context (https, or a loopback address).
 */
export function wantsShellWorker(protocol: string, production: boolean, supported: boolean) {
  return production && supported && (protocol === 'https:' || protocol === 'http:');
}

export function registerShellWorker(): void {
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  if (!wantsShellWorker(window.location.protocol, import.meta.env.PROD, supported)) return;
  navigator.serviceWorker.register(`/${SHELL_WORKER_FILE}`, { scope: '/' }).catch((error) => {
    // The app still works online; only a reload without the network will not.
    console.warn('The app could not be made available offline:', error);
  });
}
