import { readFileSync } from 'node:fs';

/**
 * The compiled server's entry, as `npm run build:server` writes it: chunks it loads on first use
 * (exports, comparisons) and the import worker sit beside it in dist/server/.
 */
export const SERVER_BUNDLE = 'dist/server/main.js';

/**
 * The Node flags `npm start` runs the server with, read from package.json's start script, the
 * one place they are written: the end-to-end journeys and the benchmarks run the server with
 * exactly these (memory-tuning flags change what a benchmark measures).
 */
export function productionNodeFlags(packageJsonPath = 'package.json'): string[] {
  const { scripts } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { scripts: Record<string, string> };
  const start = scripts.start ?? '';
  const match = /(?:^|&& )node((?: --[\w=-]+)*) (\S+)$/.exec(start);
  if (!match || match[2] !== SERVER_BUNDLE) throw new Error(`package.json's start script should end with "node [flags] ${SERVER_BUNDLE}", got "${start}"`);
  return (match[1] ?? '').trim().split(' ').filter(Boolean);
}
