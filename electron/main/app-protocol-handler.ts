import type { ApiForwarder } from './forward-api-request';
import { routeAppRequest } from './route-app-request';
import { withSecurityHeaders } from './security-headers';
import { serveRendererFile } from './serve-renderer-file';

export interface AppProtocolDeps {
  rendererDir: string;
  forwardApi: ApiForwarder;
}

/** The `app://` handler: routes, produces, and stamps the security headers on everything. */
export function createAppProtocolHandler(deps: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    return withSecurityHeaders(await respond(deps, request));
  };
}

async function respond(deps: AppProtocolDeps, request: Request): Promise<Response> {
  const route = routeAppRequest(request.url, request.method);
  try {
    switch (route.kind) {
      case 'api':
        return await deps.forwardApi(request, route.pathAndQuery);
      case 'file':
        return await serveRendererFile(deps.rendererDir, route.segments, request.method);
      case 'refused':
        return plainText(route.status, route.reason);
    }
  } catch (error) {
    console.error('app:// request failed', error);
    return plainText(500, 'Internal error');
  }
}

function plainText(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
