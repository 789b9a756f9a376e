import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.ts';
import { appCodeModules, preloadAppCode } from './scripts/preload-app-code.ts';
import { serviceWorker } from './scripts/service-worker.ts';
import { zodWithoutJsonSchema } from './scripts/zod-without-json-schema.ts';

// The API and sync server run on CADRE_DEV_API (default 8080) during `npm run dev`;
// Vite proxies both so the browser sees one origin, as in production.
const apiTarget = process.env.CADRE_DEV_API ?? 'http://localhost:8080';

const APP_ENTRY = 'client/src/start-app.ts';
const appCode = appCodeModules(APP_ENTRY);

export default defineConfig({
  root: 'client',
  // Runes mode everywhere: a component that happens to use no rune would otherwise compile in
  // legacy mode and pull Svelte's legacy flag in as a chunk of its own (one more request).
  plugins: [svelte({ compilerOptions: { runes: true } }), zodWithoutJsonSchema(), appCode.plugin, preloadAppCode(APP_ENTRY), precompress(), serviceWorker()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Every page is its own chunk (client/src/lib/routing/pages.ts). The small components
        // and helpers most pages share go in one chunk rather than a dozen of a few hundred bytes
        // each: at 400 ms a round trip, six connections and 20 requests cost seconds.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // What the first script (main.ts) reads to choose and fetch the page: one chunk, not
            // a dozen of a few hundred bytes; none of it may import Svelte or zod, which it must not wait for.
            { name: 'boot', test: /vite[\\/]preload-helper|client[\\/]src[\\/]lib[\\/](routing[\\/](routes|pages)|session[\\/]signed-in-before|offline[\\/]copy-names|storage[\\/]safe-storage|api[\\/]early-reads|i18n[\\/](locales|shell-loaders|text-loaders))\.ts$|shared[\\/](schemas[\\/](id-pattern|matrices[\\/]kinds)|api[\\/]early-paths)\.ts$/ },
            // Not the forms' schemas: they are loaded on a form's first check, with zod (`form-errors.svelte.ts`).
            // The app's own code, which every visit runs: one chunk (see `appCodeModules`).
            { name: 'app', test: appCode.test },
            { name: 'shell', test: /client[\\/]src[\\/](components|lib[\\/]forms[\\/](?!form-schemas)|features[\\/](auth[\\/]auth-errors|documents[\\/]describe-error|archive[\\/]archive-errors))/ },
            // The small modules of the browser's library that several pages share (API routes,
            // helpers): one chunk, not a request each. Not the forms' schemas (they import zod).
            { name: 'lib', test: /client[\\/]src[\\/]lib[\\/](?!forms[\\/]form-schemas)/, maxModuleSize: 1500, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/collab': { target: apiTarget, ws: true, changeOrigin: false },
      // Public read-only pages of published versions are rendered by the server.
      '/p/': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    root: '.',
    include: ['{server,shared,client,scripts}/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
