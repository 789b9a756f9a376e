/**
 * `npm run test:scale-out`: the storage, route and multi-instance suites once more, on
 * PostgreSQL and Redis (the whole suite runs on SQLite first). A fresh database per run, dropped
 * afterwards. Needs PostgreSQL and Redis on this machine (`.ci/run` starts them); other
 * locations through CADRE_TEST_POSTGRES_ADMIN_URL and CADRE_TEST_REDIS_URL.
 */
import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freshPostgresDatabase } from '../server/testing/test-database.ts';

const adminUrl = process.env['CADRE_TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env['CADRE_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const SUITES = ['server/db', 'server/collab/update-store.test.ts', 'server/auth', 'server/services', 'server/routes', 'server/cluster', 'server/openapi.test.ts'];

async function reachable(): Promise<string | undefined> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
    await admin.end();
  } catch (error) {
    return `PostgreSQL at ${adminUrl}: ${String(error)}`;
  }
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    return `Redis at ${redisUrl}: ${String(error)}`;
  } finally {
    redis.disconnect();
  }
  return undefined;
}

const problem = await reachable();
if (problem) {
  process.stderr.write(`The scale-out suites need PostgreSQL and Redis; not reachable: ${problem}\n`);
  process.exit(1);
}
const testUrl = await freshPostgresDatabase(adminUrl);
const database = new URL(testUrl).pathname.slice(1);

const run = spawnSync('npx', ['vitest', 'run', ...SUITES], {
  stdio: 'inherit',
  env: { ...process.env, CADRE_TEST_DATABASE_URL: testUrl, CADRE_TEST_REDIS_URL: redisUrl },
});

// Multi-instance tests create databases named after this one: drop them with it.
const cleanup = new pg.Client({ connectionString: adminUrl });
await cleanup.connect();
const { rows } = await cleanup.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)', [
  database,
  `${database}_`,
]);
for (const { datname } of rows) await cleanup.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
await cleanup.end();
process.exit(run.status ?? 1);
