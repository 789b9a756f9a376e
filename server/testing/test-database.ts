import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.ts';

/**
 * The engine the storage and route suites run on: SQLite by default; PostgreSQL when
 * `CADRE_TEST_DATABASE_URL` names a database (`.ci/run` runs those suites a second time so).
 */
export const testDatabaseUrl: string | undefined = process.env['CADRE_TEST_DATABASE_URL'] || undefined;

/**
 * A fresh PostgreSQL schema in the test database, so test files and servers running at once
 * never see each other's rows; returns its name.
 */
export async function freshPostgresSchema(url: string): Promise<string> {
  const name = `test_${randomBytes(8).toString('hex')}`;
  await runOnce(url, `CREATE SCHEMA ${name}`);
  return name;
}

/** One statement on a connection of its own. */
async function runOnce(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** An empty, migrated database on the engine under test. */
export async function openTestDatabase(): Promise<Database> {
  if (!testDatabaseUrl) return openDatabase({ dataDir: ':memory:', synchronous: 'normal' });
  return openDatabase({ url: testDatabaseUrl, dataDir: ':memory:', synchronous: 'normal', poolSize: 4, schema: await freshPostgresSchema(testDatabaseUrl) });
}

/** Redis for the multi-instance suite (`CADRE_TEST_REDIS_URL`), run with the PostgreSQL one. */
export const testRedisUrl: string | undefined = process.env['CADRE_TEST_REDIS_URL'] || undefined;

/**
 * A fresh database next to the test database, named after it (so a run can drop its own), for
 * instances running as separate processes, which cannot be given a schema; returns its URL.
 */
export async function freshPostgresDatabase(url: string): Promise<string> {
  const name = `${new URL(url).pathname.slice(1)}_${randomBytes(6).toString('hex')}`;
  await runOnce(url, `CREATE DATABASE ${name}`);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}
