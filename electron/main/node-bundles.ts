/**
 * Left to Node's resolver at run time when main and the case-service worker are bundled:
 * Electron itself, and packages that load native addons or WebAssembly/data files relative
 * to their own folder, which a bundle would break.
 */
export const MAIN_EXTERNALS = [
  'electron',
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  '@node-rs/argon2',
  'pg',
  'pg-native',
];

/** The worker's entry point, and the file it is bundled to beside main.cjs. */
export const CASE_SERVICE_WORKER_ENTRY = 'electron/main/case-service-worker.ts';
export const CASE_SERVICE_WORKER_FILE = 'case-service-worker.cjs';

/** How main and the worker are bundled for Node: one CommonJS file, the externals left out. */
export function nodeBundle(entry: string, outfile: string) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    external: MAIN_EXTERNALS,
    logLevel: 'warning' as const,
  };
}
