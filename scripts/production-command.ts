import { readFileSync } from 'node:fs';

/**
 * The compiled server's entry, as `npm run build:server` writes it: chunks it loads on first use
 * (exports, comparisons) and the import worker sit beside it in dist/server/.
 */
export const SERVER_BUNDLE = 'dist/server/main.js';

/** How `npm start` runs the compiled server: the environment it sets and Node's flags. */
export interface ProductionCommand {
  env: Record<string, string>;
  nodeFlags: string[];
}

/**
 * Read from package.json's start script, the one place they are written: the end-to-end
 * journeys and the benchmarks run the server exactly so (memory tuning changes what a benchmark
 * measures).
 */
export function productionCommand(packageJsonPath = 'package.json'): ProductionCommand {
  const { scripts } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { scripts: Record<string, string> };
  const start = scripts.start ?? '';
  const match = /(?:^|&& )((?:[A-Z_]+=[\w.-]+ )*)node((?: --[\w=-]+)*) (\S+)$/.exec(start);
  if (!match || match[3] !== SERVER_BUNDLE) {
    throw new Error(`package.json's start script should end with "[VAR=value …] node [flags] ${SERVER_BUNDLE}", got "${start}"`);
  }
  const words = (text: string | undefined) => (text ?? '').trim().split(' ').filter(Boolean);
  const env = Object.fromEntries(words(match[1]).map((assignment) => assignment.split('=', 2) as [string, string]));
  return { env, nodeFlags: words(match[2]) };
}

/** The start script's command as one shell line, for tools that take a command string. */
export function productionShellCommand(): string {
  const { env, nodeFlags } = productionCommand();
  return [...Object.entries(env).map(([name, value]) => `${name}=${value}`), 'node', ...nodeFlags, SERVER_BUNDLE].join(' ');
}
