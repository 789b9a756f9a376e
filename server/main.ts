import { fileURLToPath } from 'node:url';
import { parseEnv, startupWarnings, type Env } from './env.ts';
import { createLogger } from './logger.ts';
import { startCadreServer } from './server.ts';

const logger = createLogger();
let env: Env;
try {
  env = parseEnv(process.env);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
for (const message of startupWarnings(process.env, env)) logger.warn('config.warning', { message });
// The client sits beside the built server (dist/server/main.js → dist/client); from sources, in dist/.
const clientDir = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../dist/client' : '../client', import.meta.url));
const server = await startCadreServer({ ...env, logger, clientDir });

process.stdout.write(`\nCadre is running at ${server.url}\n\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('server.stopping', { signal });
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
