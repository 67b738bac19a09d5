import { readFileSync } from 'node:fs';
import type { ServerConfig } from '../config';
import type { Queryable } from '../storage/database';
import { demoDirectory } from './demo-directory';
import { httpDirectory } from './http-directory';
import type { SubscriberDirectory } from './subscriber-directory';

/** The directory the settings name, built once at start-up so a bad CA file stops the launch. */
export function configuredDirectory(config: ServerConfig, db: Queryable): SubscriberDirectory {
  if (config.SUBSCRIBER_DIRECTORY === 'demo') return demoDirectory(db);
  if (!config.SUBSCRIBER_DIRECTORY_URL || !config.SUBSCRIBER_DIRECTORY_TOKEN) {
    throw new Error('the http subscriber directory needs its URL and token');
  }
  return httpDirectory({
    url: config.SUBSCRIBER_DIRECTORY_URL,
    token: config.SUBSCRIBER_DIRECTORY_TOKEN,
    ...(config.SUBSCRIBER_DIRECTORY_CA_FILE
      ? { ca: readFileSync(config.SUBSCRIBER_DIRECTORY_CA_FILE, 'utf8') }
      : {}),
    timeoutMs: config.SUBSCRIBER_DIRECTORY_TIMEOUT_MS,
    retries: config.SUBSCRIBER_DIRECTORY_RETRIES,
  });
}
