import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CASE_SERVICE_WORKER_ENTRY, nodeBundle } from '../node-bundles';

/**
 * Bundles the case-service worker as the Electron build does, so that tests start the very
 * worker main starts. The bundle sits inside the checkout, where Node finds the externals
 * (PGlite, argon2) in node_modules; each caller gets its own file and removes it.
 */
export async function buildCaseServiceWorker(): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = join(process.cwd(), 'node_modules', '.cache', 'disclosure-desk');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `case-service-worker-${process.pid}-${Date.now()}.cjs`);
  await build(nodeBundle(CASE_SERVICE_WORKER_ENTRY, path));
  return { path, remove: () => rm(path, { force: true }) };
}
