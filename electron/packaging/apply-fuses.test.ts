import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFuses, fusesNotAsConfigured } from './apply-fuses';
import { ELECTRON_FUSES } from './fuses';

/** The marker Electron puts before its fuse wire (not exported by @electron/fuses). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = Object.values(FuseV1Options).filter((f) => typeof f === 'number').length;

/**
 * A file laid out as Electron's fuse wire is in its executable (sentinel, version 1, length,
 * one byte per fuse), every fuse as Electron ships it: so flipping can be tried without one.
 */
function fakeElectron(folder: string, state: '0' | '1'): string {
  const path = join(folder, 'electron');
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.alloc(4096, 0x90),
      Buffer.from(SENTINEL),
      Buffer.from([1, FUSE_COUNT]),
      Buffer.from(state.repeat(FUSE_COUNT)),
      Buffer.alloc(4096, 0x90),
    ]),
  );
  return path;
}

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('applyFuses', () => {
  it('sets every fuse as configured and reads it back from the binary', async () => {
    folder = mkdtempSync(join(tmpdir(), 'fuses-'));
    const binary = fakeElectron(folder, '1');
    expect(fusesNotAsConfigured(await getCurrentFuseWire(binary))).not.toEqual([]);

    await applyFuses(binary, 'linux');
    const wire = await getCurrentFuseWire(binary);
    expect(fusesNotAsConfigured(wire)).toEqual([]);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });

  it('refuses a binary whose Electron has fuses nobody decided on', async () => {
    folder = mkdtempSync(join(tmpdir(), 'fuses-'));
    const path = join(folder, 'electron');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(SENTINEL),
        Buffer.from([1, FUSE_COUNT + 1]),
        Buffer.from('1'.repeat(FUSE_COUNT + 1)),
      ]),
    );
    await expect(applyFuses(path, 'linux')).rejects.toThrow();
    expect(ELECTRON_FUSES.strictlyRequireAllFuses).toBe(true);
  });
});
