import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFuses, fusesNotAsConfigured } from './apply-fuses';
import { ELECTRON_FUSES } from './fuses';
import { FUSE_COUNT, writeStandInElectron } from './stand-in-electron';

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('applyFuses', () => {
  it('sets every fuse as configured and reads it back from the binary', async () => {
    folder = mkdtempSync(join(tmpdir(), 'fuses-'));
    const binary = join(folder, 'electron');
    writeStandInElectron(binary, '1');
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
    writeStandInElectron(path, '1', FUSE_COUNT + 1);
    await expect(applyFuses(path, 'linux')).rejects.toThrow();
    expect(ELECTRON_FUSES.strictlyRequireAllFuses).toBe(true);
  });
});
