import { describe, expect, it } from 'vitest';
import { builderConfig, packagedExecutable } from './builder-config';

describe('builderConfig', () => {
  const config = builderConfig('/opt/electron');

  it('builds .deb and AppImage on Linux, and has targets for Windows and macOS', () => {
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('packs the app into an ASAR archive, flips the fuses after packing, fetches nothing', () => {
    expect(config.asar).toBe(true);
    expect(typeof config.afterPack).toBe('function');
    expect(config.electronDist).toBe('/opt/electron');
    expect(config.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
  });
});

describe('packagedExecutable', () => {
  const names = { productFilename: 'Disclosure Desk', executableName: 'disclosure-desk' };
  it('finds the executable each platform packs', () => {
    expect(packagedExecutable('linux', '/out/linux-unpacked', names)).toBe(
      '/out/linux-unpacked/disclosure-desk',
    );
    expect(packagedExecutable('win32', '/out/win-unpacked', names)).toBe(
      '/out/win-unpacked/Disclosure Desk.exe',
    );
    expect(packagedExecutable('darwin', '/out/mac', names)).toBe('/out/mac/Disclosure Desk.app');
  });
});
