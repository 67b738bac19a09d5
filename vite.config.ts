import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { shellWorker } from './scripts/shell-worker-plugin';

const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * The dev server's hot reload injects an inline preamble script that the production CSP forbids.
 * Only `vite` (serve) drops the tag; every build keeps it.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'disclosure-desk:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(CSP_META, ''),
  };
}

export default defineConfig({
  root: 'renderer',
  // Absolute: the case service serves the app at `/` and Electron at `app://`, both from the root.
  base: '/',
  plugins: [react(), relaxCspForDevServer(), shellWorker()],
  resolve: {
    alias: {
      // The holiday library needs time zones only for equinox holidays (Japan's), whose zones
      // keep one offset; the ten-year data set gives the same holidays for every year as the
      // full one (checked for every calendar of the seed policy, 2024–2045) at a twentieth of
      // its size.
      'moment-timezone': fileURLToPath(
        new URL(
          './node_modules/moment-timezone/builds/moment-timezone-with-data-10-year-range.js',
          import.meta.url,
        ),
      ),
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The bundle is read from local disk or the same origin, never over a slow link.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
});
