/**
 * Bundles Electron main and the preload into dist/electron. Needs no Electron binary, only
 * esbuild, so it runs wherever `npm ci` ran.
 */
import { build, type Metafile } from 'esbuild';
import {
  CASE_SERVICE_WORKER_ENTRY,
  CASE_SERVICE_WORKER_FILE,
  nodeBundle,
} from '../electron/main/node-bundles';

// A sandboxed preload can require only 'electron' (and a few polyfills); anything else it
// imports must be inside the bundle.
const PRELOAD_ALLOWED_IMPORTS = new Set(['electron']);

const OUT_DIR = 'dist/electron';

async function buildMain(): Promise<void> {
  await build({ ...nodeBundle('electron/main/index.ts', `${OUT_DIR}/main.cjs`), sourcemap: true });
}

/** The embedded case service, run by main in a worker thread. */
async function buildCaseServiceWorker(): Promise<void> {
  await build({
    ...nodeBundle(CASE_SERVICE_WORKER_ENTRY, `${OUT_DIR}/${CASE_SERVICE_WORKER_FILE}`),
    sourcemap: true,
  });
}

async function buildPreload(): Promise<void> {
  const result = await build({
    entryPoints: ['electron/preload/index.ts'],
    outfile: `${OUT_DIR}/preload.cjs`,
    bundle: true,
    // Browser, not node: a Node built-in imported by mistake fails the build here instead of
    // failing in the sandbox at launch.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  const foreign = externalImports(result.metafile).filter((p) => !PRELOAD_ALLOWED_IMPORTS.has(p));
  if (foreign.length > 0) {
    throw new Error(`the preload requires ${foreign.join(', ')}, which a sandbox cannot load`);
  }
}

function externalImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((i) => i.external).map((i) => i.path),
  );
}

await Promise.all([buildMain(), buildCaseServiceWorker(), buildPreload()]);
console.info(
  `built ${OUT_DIR}/main.cjs, ${OUT_DIR}/${CASE_SERVICE_WORKER_FILE} and ${OUT_DIR}/preload.cjs`,
);
