import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Fuses are flipped in the packaged Electron binary and cannot be changed at run time.
 * `strictlyRequireAllFuses` makes an Electron upgrade that adds a fuse fail the packaging
 * step until someone decides its value here.
 */
export const ELECTRON_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload arbitrary code into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would let anyone on the machine attach a debugger to main.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is checked against the hash recorded at packaging time...
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // ...and only that archive is loaded, not a loose folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://, so file:// needs none of its historical extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default; PGlite's WebAssembly relies on it for speed.
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies FuseV1Config;
