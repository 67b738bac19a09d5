import { join } from 'node:path';
import type { AfterPackContext, Configuration } from 'electron-builder';
import { applyFuses } from './apply-fuses';

/** Where the packaged Electron executable sits, per platform: fuses are flipped in it. */
export function packagedExecutable(
  platform: string,
  appOutDir: string,
  names: { productFilename: string; executableName?: string },
): string {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${names.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${names.productFilename}.exe`);
    default:
      return join(appOutDir, names.executableName ?? names.productFilename);
  }
}

async function flipPackagedFuses(context: AfterPackContext): Promise<void> {
  const packager = context.packager as AfterPackContext['packager'] & { executableName?: string };
  const target = packagedExecutable(context.electronPlatformName, context.appOutDir, {
    productFilename: packager.appInfo.productFilename,
    executableName: packager.executableName,
  });
  // Before signing (electron-builder signs after this hook), so the signature covers them.
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  await applyFuses(target, platform as NodeJS.Platform);
}

/**
 * The installers. The app code goes into an ASAR archive whose hash Electron checks at start
 * (the EnableEmbeddedAsarIntegrityValidation fuse, honoured on macOS and Windows) and outside
 * of which it loads nothing (OnlyLoadAppFromAsar).
 */
export function builderConfig(electronDist: string): Configuration {
  return {
    appId: 'com.disclosure-desk.app',
    productName: 'Disclosure Desk',
    directories: { output: 'dist/packages' },
    // The Electron the project pins, from node_modules: nothing is fetched while packaging.
    electronDist,
    files: ['dist/electron/**', 'dist/renderer/**', 'package.json'],
    asar: true,
    // Native addons (argon2) are loaded by the OS, which cannot read inside the archive.
    asarUnpack: ['**/*.node'],
    // Prebuilt N-API addons run on Electron as they are; no compiler on the packaging machine.
    npmRebuild: false,
    afterPack: flipPackagedFuses,
    linux: {
      target: ['deb', 'AppImage'],
      category: 'Office',
      maintainer: 'Disclosure Desk <legal-tools@example.com>',
    },
    deb: { packageName: 'disclosure-desk' },
    win: { target: ['nsis'] },
    nsis: { oneClick: false, perMachine: false },
    mac: { target: ['dmg'], category: 'public.app-category.business', hardenedRuntime: true },
  };
}
