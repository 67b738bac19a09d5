/**
 * Flips the fuses of a packaged Electron binary, for a package built by other means than
 * `npm run package` (which does this itself):
 *   npx tsx scripts/electron-fuses.ts <path to the packaged executable or .app>
 * The values are ELECTRON_FUSES (electron/packaging/fuses.ts); the wire is read back after.
 */
import { applyFuses } from '../electron/packaging/apply-fuses';

const target = process.argv[2];
if (!target) {
  console.error('usage: tsx scripts/electron-fuses.ts <packaged Electron executable>');
  process.exit(2);
}

try {
  await applyFuses(target, process.platform);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.info(`fuses set on ${target}`);
