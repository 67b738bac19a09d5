import { FuseState, FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { ELECTRON_FUSES } from './fuses';

/** The fuses a binary's wire does not hold as ELECTRON_FUSES wants them, by name. */
export function fusesNotAsConfigured(wire: Record<number, FuseState | undefined>): string[] {
  return Object.values(FuseV1Options)
    .filter((fuse): fuse is FuseV1Options => typeof fuse === 'number')
    .filter((fuse) => wire[fuse] !== (ELECTRON_FUSES[fuse] ? FuseState.ENABLE : FuseState.DISABLE))
    .map((fuse) => FuseV1Options[fuse]);
}

/**
 * Flips the fuses of a packaged Electron executable (or macOS .app) to ELECTRON_FUSES, then
 * reads the wire back: a binary that did not take them fails the packaging.
 */
export async function applyFuses(target: string, platform: NodeJS.Platform): Promise<void> {
  await flipFuses(target, {
    ...ELECTRON_FUSES,
    // Flipping fuses invalidates an ad-hoc macOS signature; a real signature comes after this.
    resetAdHocDarwinSignature: platform === 'darwin',
  });
  const wrong = fusesNotAsConfigured(await getCurrentFuseWire(target));
  if (wrong.length > 0) throw new Error(`fuses not set as configured: ${wrong.join(', ')}`);
}
