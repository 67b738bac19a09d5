import { request as httpsRequest } from 'node:https';
import { z } from 'zod';
import { DirectoryAnswer } from '../../shared/disclosure/subscriber-data';
import { ServiceError } from '../service-error';
import type { DirectoryRequest, SubscriberDirectory } from './subscriber-directory';

export interface HttpDirectoryOptions {
  /** https only; the lookups are POSTed to `<url>/lookups`. */
  url: string;
  token: string;
  /** Extra certificate authorities to trust, PEM: a directory behind an internal CA. */
  ca?: string;
  timeoutMs: number;
  /** Further attempts after a failure that may pass: no answer, a timeout, a 5xx, a 429. */
  retries: number;
  /** Waits between attempts; tests shorten it. */
  backoffMs?: number;
}

const DirectoryResponse = z.object({ answers: z.array(DirectoryAnswer) });

class RetryableFailure extends Error {}

/** Certificate problems do not pass by trying again. */
const TLS_FAILURES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/;

/**
 * The platform's real directory, reached over HTTPS with a bearer token. A lookup is a read,
 * so a failed attempt is simply tried again; if every attempt fails, the user is told why and
 * nothing is recorded.
 */
export function httpDirectory(options: HttpDirectoryOptions): SubscriberDirectory {
  const endpoint = new URL('lookups', options.url.endsWith('/') ? options.url : `${options.url}/`);
  if (endpoint.protocol !== 'https:') throw new Error('the subscriber directory must use https');
  return {
    name: `https://${endpoint.host}`,
    async lookUp(requests: readonly DirectoryRequest[]) {
      let lastProblem = '';
      for (let attempt = 0; attempt <= options.retries; attempt++) {
        if (attempt > 0) await sleep((options.backoffMs ?? 500) * attempt);
        try {
          const body = await post(endpoint, options, JSON.stringify({ requests }));
          const parsed = DirectoryResponse.safeParse(body);
          if (!parsed.success) {
            throw new ServiceError(
              'directory_unavailable',
              'The subscriber directory answered in a form this service does not understand. Nothing was looked up; tell the platform team.',
            );
          }
          return parsed.data.answers;
        } catch (error) {
          if (!(error instanceof RetryableFailure)) throw error;
          lastProblem = error.message;
        }
      }
      throw new ServiceError(
        'directory_unavailable',
        `The subscriber directory could not be reached (${lastProblem}) after ${options.retries + 1} attempts. Nothing was looked up; try again later.`,
      );
    },
  };
}

function post(endpoint: URL, options: HttpDirectoryOptions, payload: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      endpoint,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.token}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        ...(options.ca ? { ca: options.ca } : {}),
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(new RetryableFailure(error.message)));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 500 || status === 429) {
            reject(new RetryableFailure(`it answered status ${status}`));
            return;
          }
          if (status === 401 || status === 403) {
            reject(
              new ServiceError(
                'directory_unavailable',
                'The subscriber directory refused this service’s credentials. Nothing was looked up; an administrator must renew the directory token.',
              ),
            );
            return;
          }
          if (status !== 200) {
            reject(
              new ServiceError(
                'directory_unavailable',
                `The subscriber directory refused the lookup (status ${status}). Nothing was looked up.`,
              ),
            );
            return;
          }
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
          } catch {
            reject(
              new ServiceError(
                'directory_unavailable',
                'The subscriber directory answered something that is not JSON. Nothing was looked up.',
              ),
            );
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error: Error & { code?: string }) => {
      if (error instanceof ServiceError) reject(error);
      else if (error.code && TLS_FAILURES.test(error.code)) {
        reject(
          new ServiceError(
            'directory_unavailable',
            'The subscriber directory’s certificate is not trusted by this service. Nothing was looked up; tell the platform team.',
          ),
        );
      } else reject(new RetryableFailure(error.message));
    });
    req.end(payload);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
