import type { CasePage } from '../shared/api';
import { API } from '../shared/api';
import type { PushRequest, PushResponse } from '../shared/sync';
import { createApiClient } from '../renderer/lib/api-client';
import { OfflineError } from '../renderer/lib/api-errors';
import { DeskDatabase } from '../renderer/lib/db';
import type { LocalUser } from '../renderer/lib/sync/local-effects';
import type { SyncApi } from '../renderer/lib/sync/sync-engine';
import type { App } from '../server/http/app-env';
import { TEST_ORIGIN, type TestClient } from '../server/testing/test-client';

/** A `fetch` into the in-process case service, carrying a signed-in test client's cookie. */
export function sessionFetch(app: App, client: TestClient): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    const cookie = client.sessionCookie;
    if (cookie) headers.set('cookie', cookie);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return app.fetch(new Request(new URL(url, TEST_ORIGIN), { ...init, headers }));
  };
}

/**
 * A `fetch` over the network to a case service at `origin`, carrying a signed-in test
 * client's cookie and the Origin a browser served by that service sends.
 */
export function serviceFetch(origin: string, client: TestClient): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    const cookie = client.sessionCookie;
    if (cookie) headers.set('cookie', cookie);
    headers.set('origin', origin);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return fetch(new URL(url, origin), { ...init, headers });
  };
}

/**
 * A workstation: its own IndexedDB (fake-indexeddb), the renderer's sync code, and a network
 * (to the in-process app or to a service process) whose faults the test chooses: a push whose
 * answer is lost after the server applied it, a pull cut off after some pages, deliveries kept
 * to be sent again later.
 */
export class Workstation {
  database: DeskDatabase;
  readonly sent: PushRequest[] = [];
  loseNextPushAnswer = false;
  /** Pages the next pull gets before the connection drops; null: no drop. */
  pagesBeforeDrop: number | null = null;
  private readonly call;

  constructor(
    readonly name: string,
    readonly user: LocalUser,
    network: typeof fetch,
    private readonly pageLimit: number,
  ) {
    this.database = new DeskDatabase(name);
    this.call = createApiClient({ fetch: network });
  }

  readonly api: SyncApi = {
    push: async (request: PushRequest): Promise<PushResponse> => {
      this.sent.push(structuredClone(request));
      const response = await this.call(API.push, { body: request });
      if (this.loseNextPushAnswer) {
        this.loseNextPushAnswer = false;
        throw new OfflineError('the answer was lost on the way back');
      }
      return response;
    },
    fetchPage: async (cursor: string | undefined): Promise<CasePage> => {
      if (this.pagesBeforeDrop !== null) {
        if (this.pagesBeforeDrop === 0) {
          this.pagesBeforeDrop = null;
          throw new OfflineError('the connection dropped mid-pull');
        }
        this.pagesBeforeDrop -= 1;
      }
      return this.call(API.caseChanges, { query: { cursor, limit: this.pageLimit } });
    },
    fetchCase: (caseId: string) => this.call(API.getCase, { params: { caseId } }),
  };

  /** Sends an earlier request again, as a network that duplicates or delays deliveries. */
  deliverAgain(index: number): Promise<PushResponse> {
    const request = this.sent[index % this.sent.length];
    if (!request) throw new Error('nothing was sent yet');
    return this.call(API.push, { body: request });
  }

  /** The app is killed and started again: only what IndexedDB holds survives. */
  async restart(): Promise<void> {
    this.database.close();
    this.database = new DeskDatabase(this.name);
    await this.database.open();
  }
}
