import { openCaseService } from './case-service-runtime';

/**
 * The case service as a plain request handler. The desktop app runs it in-process over an
 * embedded database in `dataDir`; a team server gives `databaseUrl` instead.
 */
export async function startCaseService(options: {
  databaseUrl?: string;
  dataDir?: string;
  rendererDir?: string;
  secureCookies?: boolean;
}): Promise<{ fetch(req: Request): Promise<Response>; close(): Promise<void> }> {
  const service = await openCaseService(options);
  return {
    fetch: async (req: Request) => service.app.fetch(req, undefined),
    close: () => service.close(),
  };
}
