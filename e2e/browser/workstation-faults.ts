import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

/**
 * What a spec does to a workstation to bring a fault about — a full disk, a push held on the
 * wire — and how it looks inside the workstation's storage meanwhile.
 */

/** What the workstation's outbox holds, read from IndexedDB without the app. */
export function outboxOnDisk(page: Page): Promise<{ seqs: number[]; nextSeq: string | undefined }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('disclosure-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(['outbox', 'meta']);
          const seqs = tx.objectStore('outbox').getAllKeys();
          const nextSeq = tx.objectStore('meta').get('nextSeq');
          tx.oncomplete = () => {
            database.close();
            resolve({
              seqs: seqs.result as number[],
              nextSeq: (nextSeq.result as { value: string } | undefined)?.value,
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const SMALL_DISK = 8 * 1024 * 1024;

/**
 * A workstation's disk, as the browser sees it: the quota Chromium grants the desk's site,
 * set through the DevTools protocol. It is small from the start, before the app first opens
 * its database: Chromium lets an open database write against a cached allowance, for up to
 * half a minute, without asking again, and a small quota keeps that allowance small.
 */
export class WorkstationDisk {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly page: Page,
    private readonly origin: string,
  ) {}

  /** The disk of the workstation `page` runs on, for the site at `origin`. */
  static async small(
    context: BrowserContext,
    page: Page,
    origin: string,
  ): Promise<WorkstationDisk> {
    const disk = new WorkstationDisk(await context.newCDPSession(page), page, origin);
    await disk.setQuota(SMALL_DISK);
    return disk;
  }

  /**
   * The disk fills up: the quota drops below what the site already uses, and a write larger
   * than the whole small disk makes Chromium check it again. From then on the browser refuses
   * every write that grows the site's databases, the app's own included.
   */
  async fills(): Promise<void> {
    await this.setQuota(1);
    expect(await this.page.evaluate(largeWrite, SMALL_DISK + 1024 * 1024)).toBe(
      'QuotaExceededError',
    );
  }

  /** The user frees space: the small disk has room again. */
  async freed(): Promise<void> {
    await this.setQuota(SMALL_DISK);
  }

  private async setQuota(quotaSize: number): Promise<void> {
    await this.cdp.send('Storage.overrideQuotaForOrigin', {
      origin: this.origin,
      quotaSize,
    });
  }
}

/** Tries to store this many random bytes in a database of its own; answers how it ended. */
function largeWrite(size: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('large-write', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('bytes');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      // Random, so the browser cannot compress it away.
      const bytes = new Uint8Array(size);
      for (let at = 0; at < bytes.length; at += 65536) {
        crypto.getRandomValues(bytes.subarray(at, at + 65536));
      }
      const tx = database.transaction('bytes', 'readwrite');
      tx.objectStore('bytes').put(bytes, 'large');
      tx.oncomplete = () => {
        database.close();
        resolve('stored');
      };
      tx.onabort = () => {
        database.close();
        resolve(tx.error?.name ?? 'aborted');
      };
    };
  });
}

/** One push as a tab sent it and the case service answered it. */
export interface PushExchange {
  seqs: number[];
  acks: { seq: number; status: 'applied' | 'refused'; replayed: boolean }[];
}

/**
 * Watches a tab's pushes on their way to the case service and back. While the network is
 * down the requests fail as they would; `beforeSending` may hold one back.
 */
export async function watchPushes(
  page: Page,
  network: { up: boolean },
  log: PushExchange[],
  beforeSending: () => Promise<void> = async () => {},
): Promise<void> {
  await page.route('**/api/sync/push', async (route) => {
    if (!network.up) {
      await route.abort('internetdisconnected');
      return;
    }
    const body = route.request().postDataJSON() as { mutations: { seq: number }[] };
    const exchange: PushExchange = { seqs: body.mutations.map((m) => m.seq), acks: [] };
    log.push(exchange);
    await beforeSending();
    const response = await route.fetch();
    exchange.acks = ((await response.json()) as { acks: PushExchange['acks'] }).acks;
    await route.fulfill({ response });
  });
}
