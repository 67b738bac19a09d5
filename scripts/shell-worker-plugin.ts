import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { shellFiles, SHELL_WORKER_FILE } from '../renderer/service-worker/shell-manifest';

const WORKER_ENTRY = fileURLToPath(new URL('../renderer/service-worker/sw.ts', import.meta.url));

/**
 * Emits the app-shell worker with this build's file list baked in. Its version is a digest of
 * every emitted file, so each deployment installs a fresh shell and drops the previous one.
 */
export function shellWorker(): Plugin {
  return {
    name: 'disclosure-desk:shell-worker',
    apply: 'build',
    // After the HTML plugin, so index.html is part of the bundle being listed.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const names = Object.keys(bundle).sort();
      if (!names.includes('index.html')) {
        this.error('The app-shell worker needs index.html in the bundle.');
      }
      const digest = createHash('sha256');
      for (const name of names) {
        const output = bundle[name];
        if (!output) continue;
        digest.update(name);
        digest.update(output.type === 'chunk' ? output.code : output.source);
      }
      const worker = await build({
        entryPoints: [WORKER_ENTRY],
        bundle: true,
        write: false,
        format: 'iife',
        target: 'es2022',
        minify: true,
        define: {
          SHELL_VERSION: JSON.stringify(digest.digest('hex').slice(0, 16)),
          SHELL_FILES: JSON.stringify(shellFiles(names)),
        },
      });
      const [output] = worker.outputFiles;
      if (!output) this.error('esbuild produced no app-shell worker.');
      this.emitFile({ type: 'asset', fileName: SHELL_WORKER_FILE, source: output.text });
    },
  };
}
