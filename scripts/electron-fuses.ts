/**
 * Flips the fuses of a packaged Electron binary, as the last step of packaging:
 *   npx tsx scripts/electron-fuses.ts <path to the packaged executable or .app>
 * The values are ELECTRON_FUSES (electron/packaging/fuses.ts), tested with the unit tests.
 * Afterwards the fuse wire is read back, so a binary that did not take them fails the step.
 */
import { FuseState, FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { ELECTRON_FUSES } from '../electron/packaging/fuses';

const target = process.argv[2];
if (!target) {
  console.error('usage: tsx scripts/electron-fuses.ts <packaged Electron executable>');
  process.exit(2);
}

await flipFuses(target, {
  ...ELECTRON_FUSES,
  // Flipping fuses invalidates an ad-hoc macOS signature; a real signature comes after this.
  resetAdHocDarwinSignature: process.platform === 'darwin',
});

const wire = await getCurrentFuseWire(target);
const wrong = Object.values(FuseV1Options)
  .filter((fuse): fuse is FuseV1Options => typeof fuse === 'number')
  .filter((fuse) => {
    const wanted = ELECTRON_FUSES[fuse] ? FuseState.ENABLE : FuseState.DISABLE;
    return wire[fuse] !== wanted;
  });
if (wrong.length > 0) {
  console.error(`fuses not set as configured: ${wrong.map((f) => FuseV1Options[f]).join(', ')}`);
  process.exit(1);
}
console.info(`fuses set on ${target}`);
