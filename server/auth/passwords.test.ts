import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyDecoyPassword, verifyPassword } from './passwords';

/** Whether other work gets a turn of the event loop while `work` runs. */
async function letsOthersRun(work: Promise<unknown>): Promise<boolean> {
  const finished: string[] = [];
  await Promise.all([
    work.then(() => finished.push('hashing')),
    nextTurnOfEventLoop().then(() => finished.push('another request')),
  ]);
  return finished[0] === 'another request';
}

describe('password hashing', () => {
  it('runs off the event loop, so other requests go on meanwhile', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(await letsOthersRun(hashPassword('another long password'))).toBe(true);
    expect(await letsOthersRun(verifyPassword(stored, 'correct horse battery staple'))).toBe(true);
    expect(await letsOthersRun(verifyDecoyPassword('a guessed password'))).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'wrong horse battery staple')).toBe(false);
  });
});
