import { webcrypto } from 'node:crypto';

/**
 * The SHA-256 of a file, as hex. Web Crypto computes it on the thread pool: hashing a 12 MB
 * attachment on the event loop would hold up every other request for a tenth of a second.
 */
export async function fileSha256(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}
