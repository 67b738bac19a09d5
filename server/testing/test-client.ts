import type { NodeBindings } from '../http/app-env';
import type { TestAuthenticator } from './test-authenticator';

export const TEST_ORIGIN = 'http://desk.test';

export interface TestResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response is JSON. */
  body: unknown;
  bytes: Uint8Array;
}

interface RequestOptions {
  json?: unknown;
  body?: string | FormData | Uint8Array;
  headers?: Record<string, string>;
  /** Where the request seems to come from, for the per-client throttle. */
  client?: string;
}

/** What answers a client's requests: the app in this process, or `fetch` to a running service. */
export interface RequestHandler {
  fetch(request: Request, env?: NodeBindings): Response | Promise<Response>;
}

/** Set by a test app: sets up the second factor of the person signed in with a client. */
export const secondFactorSetUps = new WeakMap<
  RequestHandler,
  (client: TestClient) => Promise<void>
>();

/**
 * Sets up the second factor of the person signed in with `client` now if their role needs one
 * they lack, before a request whose body must carry its code.
 */
export async function ensureSecondFactor(client: TestClient): Promise<void> {
  const setUp = secondFactorSetUps.get(client.handler);
  if (!setUp || !client.setsUpSecondFactor) return;
  const session = await client.get('/api/session');
  const factor = (session.body as { secondFactor?: { enrolled: boolean; required: boolean } })
    .secondFactor;
  if (factor?.required && !factor.enrolled) await setUp(client);
}

/**
 * A browser-like client of the app: keeps the session cookie and, like a browser, names its
 * origin on every write. Given the app, it calls `app.fetch` directly, as if the app were
 * served from TEST_ORIGIN; given `fetch` and a running service's URL, it goes over HTTP.
 */
export class TestClient {
  private cookie: string | undefined;
  /** The second factor of the person signed in with this client, if they have one. */
  authenticator: TestAuthenticator | undefined;

  constructor(
    readonly handler: RequestHandler,
    private readonly origin: string = TEST_ORIGIN,
  ) {}

  /**
   * Whether a supervisor or administrator signed in here sets up their second factor when the
   * service asks, as the person would, and the request is made again. Off for tests of that
   * requirement itself.
   */
  setsUpSecondFactor = true;

  async request(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse> {
    const response = await this.send(method, path, options);
    const setUp = secondFactorSetUps.get(this.handler);
    if (
      setUp &&
      this.setsUpSecondFactor &&
      response.status === 403 &&
      (response.body as { error?: { code?: string } } | undefined)?.error?.code ===
        'second_factor_enrolment_required'
    ) {
      await setUp(this);
      return this.send(method, path, options);
    }
    return response;
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<TestResponse> {
    const headers = new Headers(options.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (method !== 'GET' && !headers.has('origin')) headers.set('origin', this.origin);
    let body = options.body;
    if (options.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(options.json);
    }
    const env: NodeBindings | undefined = options.client
      ? { incoming: { socket: { remoteAddress: options.client } } }
      : undefined;
    const response = await this.handler.fetch(
      new Request(this.origin + path, { method, headers, ...(body ? { body } : {}) }),
      env,
    );
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = /=$/.test(pair) || /Max-Age=0/i.test(setCookie) ? undefined : pair;
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
    return {
      status: response.status,
      headers: response.headers,
      body: isJson ? (JSON.parse(new TextDecoder().decode(bytes)) as unknown) : undefined,
      bytes,
    };
  }

  get(path: string, options?: RequestOptions) {
    return this.request('GET', path, options);
  }

  post(path: string, json?: unknown, options: RequestOptions = {}) {
    return this.request('POST', path, { ...options, ...(json === undefined ? {} : { json }) });
  }

  patch(path: string, json: unknown) {
    return this.request('PATCH', path, { json });
  }

  delete(path: string) {
    return this.request('DELETE', path);
  }

  /** The session cookie as the browser holds it, for tests that replay it. */
  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  set sessionCookie(value: string | undefined) {
    this.cookie = value;
  }
}

/** The error code and issue paths of a failed response, for compact assertions. */
export function errorOf(response: TestResponse): {
  code: string;
  paths: string[];
  message: string;
} {
  const body = response.body as
    { error?: { code: string; message: string; issues?: { path: string }[] } } | undefined;
  return {
    code: body?.error?.code ?? `(no error, status ${response.status})`,
    message: body?.error?.message ?? '',
    paths: body?.error?.issues?.map((i) => i.path) ?? [],
  };
}
