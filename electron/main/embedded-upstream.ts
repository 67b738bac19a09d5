import { join } from 'node:path';
import { startCaseService } from '../../server/case-service';
import type { ApiUpstream } from './api-upstream';

/**
 * The in-process service is addressed at a made-up https origin: it never touches the
 * network (requests are handed to `fetch` directly), but https lets the service mark its
 * cookie Secure exactly as it would behind a real TLS endpoint. `.localhost` is reserved and
 * can never resolve to somebody else's host.
 */
export const EMBEDDED_ORIGIN = 'https://desk.localhost';

export function embeddedDataDir(userDataDir: string): string {
  return join(userDataDir, 'case-service');
}

export async function startEmbeddedUpstream(userDataDir: string): Promise<ApiUpstream> {
  const service = await startCaseService({
    dataDir: embeddedDataDir(userDataDir),
    secureCookies: true,
  });
  return {
    kind: 'embedded',
    origin: EMBEDDED_ORIGIN,
    fetch: (request) => service.fetch(request),
    close: () => service.close(),
  };
}
