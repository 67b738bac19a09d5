import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';

/**
 * The authenticator apps of the run's people. The desk is shared by the run's spec files and
 * their workers, so each secret is kept in a file of the run, with the last time step used:
 * the case service accepts each code once, for the step before, of and after its clock.
 */
const PERIOD_MS = 30_000;

function folder(): string {
  const dir = join(process.env.E2E_AUDIT_DIR ?? tmpdir(), 'authenticators');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const fileOf = (username: string) => join(folder(), `${username}.json`);

interface Kept {
  secret: string;
  lastStep: number;
}

function read(username: string): Kept | null {
  try {
    return JSON.parse(readFileSync(fileOf(username), 'utf8')) as Kept;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One worker at a time hands out a person's codes. */
async function locked<T>(username: string, work: () => Promise<T>): Promise<T> {
  const lock = `${fileOf(username)}.lock`;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

export function keepSecret(username: string, secret: string): void {
  writeFileSync(fileOf(username), JSON.stringify({ secret, lastStep: 0 } satisfies Kept));
}

export function hasAuthenticator(username: string): boolean {
  return read(username) !== null;
}

/** A code the service has not accepted yet, waiting for the next one when needed. */
export function nextCode(username: string): Promise<string> {
  return locked(username, async () => {
    const kept = read(username);
    if (!kept) throw new Error(`${username} has no authenticator in this run`);
    const current = Math.floor(Date.now() / PERIOD_MS);
    const step = Math.max(current - 1, kept.lastStep + 1);
    if (step > current + 1) await sleep((step - 1) * PERIOD_MS - Date.now() + 100);
    writeFileSync(fileOf(username), JSON.stringify({ ...kept, lastStep: step }));
    return codeFor(kept.secret, step);
  });
}

/** The code of the current step, for a test that computes it as a person's app would. */
export function codeNow(secret: string): string {
  return codeFor(secret, Math.floor(Date.now() / PERIOD_MS));
}

function codeFor(secret: string, step: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * PERIOD_MS });
}

/** The person removed their second factor: their sign-ins take the password alone again. */
export function forgetSecret(username: string): void {
  rmSync(fileOf(username), { force: true });
}
