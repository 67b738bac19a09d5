import { chmodSync, writeFileSync } from 'node:fs';
import { FuseV1Options } from '@electron/fuses';

/** The marker Electron puts before its fuse wire (not exported by @electron/fuses). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

export const FUSE_COUNT = Object.values(FuseV1Options).filter((f) => typeof f === 'number').length;

/**
 * For tests: a file laid out as the fuse wire is in Electron's executable (sentinel, version 1,
 * length, one byte per fuse), so fuses can be flipped and packages built without Electron.
 * Every fuse starts as `state`; `fuses` more than Electron has stands for a newer Electron.
 */
export function writeStandInElectron(path: string, state: '0' | '1', fuses = FUSE_COUNT): void {
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.alloc(4096),
      Buffer.from(SENTINEL),
      Buffer.from([1, fuses]),
      Buffer.from(state.repeat(fuses)),
      Buffer.alloc(4096),
    ]),
  );
  chmodSync(path, 0o755);
}
