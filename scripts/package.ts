/**
 * Builds the installers into dist/packages: `npm run package` (Linux .deb and AppImage on
 * Linux; pass electron-builder's own flags after `--`, e.g. `-- --win`, `-- --mac`, `-- --dir`).
 * Packages the Electron the project pins, as installed in node_modules: where that binary is
 * missing (it is downloaded on first launch) there is nothing to package, and this says so.
 */
import { dirname } from 'node:path';
import { build } from 'electron-builder';
import { builderConfig } from '../electron/packaging/builder-config';
import { installedElectronBinary, NO_BINARY_REASON } from '../e2e/electron/electron-binary';

const binary = installedElectronBinary();
if (!binary) {
  console.error(
    `Cannot package: ${NO_BINARY_REASON}. Run \`npx install-electron\` where the network allows it, then try again.`,
  );
  process.exit(1);
}

const flags = process.argv.slice(2);
const platformFlags = new Set(['--linux', '--win', '--mac', '-l', '-w', '-m']);
const dirOnly = flags.includes('--dir');
await build({
  config: builderConfig(dirname(binary)),
  publish: 'never',
  ...(flags.some((f) => platformFlags.has(f))
    ? {
        linux: flags.includes('--linux') || flags.includes('-l') ? [] : undefined,
        win: flags.includes('--win') || flags.includes('-w') ? [] : undefined,
        mac: flags.includes('--mac') || flags.includes('-m') ? [] : undefined,
      }
    : {}),
  ...(dirOnly ? { dir: true } : {}),
});
console.info('Packages written to dist/packages.');
