import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations/index.ts';

export type SqliteDatabase = Database.Database;

export type OpenDatabaseOptions = {
  /** A directory for `cadre.sqlite`, or `:memory:` for throwaway test databases. */
  dataDir: string | ':memory:';
  synchronous: 'normal' | 'full';
};

/** Opens (creating on first run) the embedded store and brings its schema up to date. */
export function openDatabase({ dataDir, synchronous }: OpenDatabaseOptions): SqliteDatabase {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, 'cadre.sqlite');
  }
  const db = new Database(file);
  // WAL lets readers proceed during writes and makes each commit a sequential append.
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare<[], { name: string }>('SELECT name FROM schema_migrations').all().map((row) => row.name));
  const record = db.prepare<[string, string]>('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.name, new Date().toISOString());
    })();
  }
}
