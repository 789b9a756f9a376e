import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import { migrations, type Engine } from './migrations/index.ts';
import type { Schema } from './schema.ts';
import { checkpointPeriodically } from './wal-checkpointer.ts';

export type { Engine };

/**
 * Cadre's data on one of two engines, behind one query builder. Repositories use `db` only, so
 * they run unchanged on both; the raw connection is there for what only one engine has (the
 * update log's hot path and online backup on SQLite, advisory locks on PostgreSQL).
 */
export type Database =
  | { engine: 'sqlite'; db: Kysely<Schema>; sqlite: BetterSqlite3.Database; close(): Promise<void> }
  | {
      engine: 'postgres';
      db: Kysely<Schema>;
      pool: pg.Pool;
      /** Connections that hold advisory locks (`locks.ts`), apart from those doing the work. */
      lockPool: pg.Pool;
      close(): Promise<void>;
    };

export type OpenDatabaseOptions = {
  /** `postgres://…` to use PostgreSQL (`CADRE_DATABASE_URL`); unset: the embedded SQLite store. */
  url?: string | undefined;
  /** A directory for `cadre.sqlite`, or `:memory:` for throwaway test databases. */
  dataDir: string | ':memory:';
  synchronous: 'normal' | 'full';
  /** Connections per instance on PostgreSQL. */
  poolSize?: number;
  /** A PostgreSQL schema to work in instead of `public` (each test file gets its own). */
  schema?: string;
};

/** Opens (creating on first run) the store and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options) : openSqlite(options);
}

function openSqlite({ dataDir, synchronous }: OpenDatabaseOptions): Database {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, 'cadre.sqlite');
  }
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers proceed during writes and makes each commit a sequential append.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  migrateSqlite(sqlite);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  const checkpointer = file === ':memory:' ? null : checkpointPeriodically(sqlite, db);
  return {
    engine: 'sqlite',
    db,
    sqlite,
    close: async () => {
      checkpointer?.stop();
      // Kysely's SQLite driver closes the connection it was given (a last checkpoint included).
      await db.destroy();
    },
  };
}

function migrateSqlite(sqlite: BetterSqlite3.Database): void {
  sqlite.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(sqlite.prepare<[], { name: string }>('SELECT name FROM schema_migrations').all().map((row) => row.name));
  const record = sqlite.prepare<[string, string]>('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    sqlite.transaction(() => {
      sqlite.exec(migration.sqlite);
      record.run(migration.name, new Date().toISOString());
    })();
  }
}

/**
 * PostgreSQL returns 64-bit integers and sums as text, since they may exceed a JavaScript
 * number. Cadre's are millisecond times, counts and byte sizes, far below 2^53.
 */
const INT8 = 20;
const NUMERIC = 1700;

async function openPostgres(url: string, { poolSize = 10, schema }: OpenDatabaseOptions): Promise<Database> {
  // Loaded only when configured: an instance on the embedded store never pays for the driver.
  const { default: pg } = await import('pg');
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8 || oid === NUMERIC ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const connect = (max: number) => {
    const pool = new pg.Pool({ connectionString: url, max, types, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    // An idle connection that the server drops (restart, failover) must not crash the process;
    // the pool replaces it and the next query reports any lasting failure.
    pool.on('error', () => undefined);
    return pool;
  };
  const pool = connect(poolSize);
  const lockPool = connect(4);
  await migratePostgres(pool);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    db,
    pool,
    lockPool,
    close: async () => {
      await db.destroy();
      await lockPool.end();
    },
  };
}

/** Any fixed number: instances starting together take turns migrating under this lock. */
const MIGRATION_LOCK = 7_314_159;

async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.name));
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await client.query('BEGIN');
      try {
        // Without parameters, a query may hold several statements.
        await client.query(migration.postgres);
        await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [migration.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
