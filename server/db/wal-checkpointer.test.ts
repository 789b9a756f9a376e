import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../testing/test-server.ts';
import { openDatabase, type Database } from './database.ts';
import { WAL_SIZE_LIMIT_BYTES } from './wal-checkpointer.ts';

describe('checkpoints of the embedded store', () => {
  let database: Database | null = null;
  afterEach(async () => {
    await database?.close();
    database = null;
    vi.useRealTimers();
  });

  it('happen between commits, never inside one, and the log starts over once checkpointed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-checkpoint-'));
    database = await openDatabase({ dataDir, synchronous: 'normal' });
    if (database.engine !== 'sqlite') throw new Error('expected the embedded store');
    const { sqlite } = database;
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    sqlite.exec('CREATE TABLE filler (bytes BLOB)');
    const insert = sqlite.prepare('INSERT INTO filler VALUES (?)');
    const page = Buffer.alloc(4000);
    sqlite.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run(page);
    })();
    const logSize = () => fs.statSync(path.join(dataDir, 'cadre.sqlite-wal')).size;
    expect(logSize()).toBeGreaterThan(WAL_SIZE_LIMIT_BYTES);

    // A commit after a complete checkpoint writes the log from its start and trims it.
    let added = 0;
    await waitFor(() => {
      insert.run(page);
      added++;
      return logSize() <= WAL_SIZE_LIMIT_BYTES;
    }, 'the log to be checkpointed between commits');

    // Nothing was lost on the way: every row is there after reopening.
    await database.close();
    database = await openDatabase({ dataDir, synchronous: 'normal' });
    if (database.engine !== 'sqlite') throw new Error('expected the embedded store');
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 10_000 + added });
  });

  it('wait for a transaction left open across awaits instead of failing inside it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    database = await openDatabase({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-checkpoint-')), synchronous: 'normal' });
    if (database.engine !== 'sqlite') throw new Error('expected the embedded store');
    const { db, sqlite } = database;
    sqlite.exec('CREATE TABLE filler (n INTEGER)');

    await db.transaction().execute(async (trx) => {
      await sql`INSERT INTO filler VALUES (1)`.execute(trx);
      // A checkpoint falls due while the transaction is open: SQLite refuses one inside it.
      vi.advanceTimersByTime(1000);
      await sql`INSERT INTO filler VALUES (2)`.execute(trx);
    });
    // Whatever queued behind the transaction has run: the checkpoint did not fail, so the
    // connection was not handed back to SQLite's own checkpoints.
    await db.connection().execute(async () => undefined);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(sqlite.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 2 });
  });
});
