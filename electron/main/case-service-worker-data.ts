/** What main hands the case-service worker when it starts it. */
export interface CaseServiceWorkerData {
  dataDir: string;
  secureCookies: boolean;
}

export function parseWorkerData(
  data: unknown,
): ({ ok: true } & CaseServiceWorkerData) | { ok: false; message: string } {
  if (typeof data !== 'object' || data === null) {
    return { ok: false, message: 'the case service worker was started without its settings' };
  }
  const { dataDir, secureCookies } = data as Record<string, unknown>;
  if (typeof dataDir !== 'string' || dataDir === '') {
    return { ok: false, message: 'the case service worker was started without a data folder' };
  }
  return { ok: true, dataDir, secureCookies: secureCookies === true };
}
