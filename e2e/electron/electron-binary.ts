import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable if it is installed, else null. The `electron` package fetches its
 * binary on first use and records it in `path.txt`; `require('electron')` would start that
 * download, so this reads the same files without triggering it.
 */
export function installedElectronBinary(): string | null {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  // Honoured the same way the electron package honours it, for a binary kept elsewhere.
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

export const NO_BINARY_REASON =
  'Electron binary not installed: it is downloaded on first launch, which this machine cannot do';
