import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The API and sync server run on CADRE_DEV_API (default 8080) during `npm run dev`;
// Vite proxies both so the browser sees one origin, as in production.
const apiTarget = process.env.CADRE_DEV_API ?? 'http://localhost:8080';

export default defineConfig({
  root: 'client',
  plugins: [svelte()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
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
    include: ['{server,shared,client}/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
