import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/test-server.ts';
import { openDatabase, type Database } from './database.ts';
import { checkpointInBackground, WAL_SIZE_LIMIT_BYTES } from './wal-checkpointer.ts';

describe('checkpoints of the embedded store', () => {
  let database: Database | null = null;
  afterEach(async () => {
    await database?.close();
    database = null;
  });

  it('happen on another thread: commits never copy the log, yet it starts over once checkpointed', async () => {
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
    }, 'the log to be checkpointed in the background');

    // Nothing was lost on the way: every row is there after reopening.
    await database.close();
    database = await openDatabase({ dataDir, synchronous: 'normal' });
    if (database.engine !== 'sqlite') throw new Error('expected the embedded store');
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 10_000 + added });
  });

  it('fall back to SQLite’s own when the thread fails', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-checkpoint-'));
    const sqlite = new Sqlite(path.join(dataDir, 'main.sqlite'));
    try {
      sqlite.pragma('journal_mode = WAL');
      // The thread cannot open this file (its folder does not exist), so it stops at once.
      const checkpoints = checkpointInBackground(sqlite, path.join(dataDir, 'missing', 'main.sqlite'));
      expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      await waitFor(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 1000, 'SQLite’s own checkpoints to be back');
      await checkpoints.stop();
    } finally {
      sqlite.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
