import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from './fuses';

describe('Electron fuses', () => {
  it('closes the ways into main and pins the app to its verified archive', () => {
    expect(ELECTRON_FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(ELECTRON_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(ELECTRON_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(ELECTRON_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(ELECTRON_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(ELECTRON_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(ELECTRON_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('decides every fuse the installed @electron/fuses knows', () => {
    expect(ELECTRON_FUSES.strictlyRequireAllFuses).toBe(true);
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const fuse of known) expect(typeof ELECTRON_FUSES[fuse as FuseV1Options]).toBe('boolean');
  });
});
