import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { compressFile } from './precompress.ts';

/** Where the worker's code lives, and the name it is served under (scope `/`). */
const ENTRY = 'src/service-worker/sw.ts';
export const SERVICE_WORKER_FILE = 'sw.js';

// What the app is made of; source maps are for developer tools, and the `.br`/`.gz` siblings
// are the same files (the browser asks for the plain name and gets them by Accept-Encoding).
const PRECACHED = /\.(?:js|css|svg|woff2|png)$/;

export type PrecacheEntry = { url: string; revision: string | null };

/**
 * Builds the service worker (client/src/service-worker/) as a second, separate build once the
 * app's is written, with the list of the app's files inlined: the worker downloads them all at
 * install, so any page opens offline, and a new deployment is a new worker (its bytes change
 * with the list), which the page offers as an update (lib/offline/).
 */
export function serviceWorker(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'cadre:service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const index = await fs.readFile(path.join(outDir, 'index.html'));
      const manifest: PrecacheEntry[] = [
        // Asset names carry their content's hash: no revision needed. index.html's is its hash.
        ...Object.keys(bundle)
          .filter((name) => name.startsWith('assets/') && PRECACHED.test(name))
          .map((name) => ({ url: `/${name}`, revision: null })),
        { url: '/index.html', revision: createHash('sha256').update(index).digest('hex').slice(0, 16) },
      ];
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        define: { __CADRE_PRECACHE__: JSON.stringify(manifest) },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          sourcemap: true,
          rolldownOptions: {
            input: path.join(root, ENTRY),
            // A classic script: module service workers are not supported by every browser yet.
            output: { format: 'iife', entryFileNames: SERVICE_WORKER_FILE },
          },
        },
      });
      await compressFile(path.join(outDir, SERVICE_WORKER_FILE));
    },
  };
}
