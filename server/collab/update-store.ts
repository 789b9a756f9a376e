import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';

/** A stored update and its place in its document's log. */
export type StoredUpdate = { seq: number; data: Uint8Array };

/** The places a commit gave its updates: `first` to `last`, without gaps. */
export type CommittedRange = { first: number; last: number };

/**
 * Each document's Yjs updates as an append-only log numbered 1, 2, 3… per document. A room
 * relays an update only once `append` has resolved, so whatever anyone received is durable;
 * another instance that hears "document d reached seq n" reads what it lacks with `loadSince`.
 * Compaction folds the head of the log into one snapshot row that keeps the last folded seq.
 */
export type UpdateStore = {
  load(documentId: string): Promise<StoredUpdate[]>;
  /** The updates after `seq`, in order (a compaction snapshot may stand for several). */
  loadSince(documentId: string, seq: number): Promise<StoredUpdate[]>;
  /** Appends updates in one transaction; resolves once they are committed. */
  append(documentId: string, updates: Uint8Array[]): Promise<CommittedRange>;
  /**
   * Replaces the updates up to `seq` by one holding `state`, which must contain them all.
   * Resolves false when another instance is compacting the same document (PostgreSQL).
   */
  compact(documentId: string, seq: number, state: Uint8Array): Promise<boolean>;
  /** The last seq of a document's log; 0 for none. */
  head(documentId: string): Promise<number>;
  count(documentId: string): Promise<number>;
};

export function createUpdateStore(database: Database): UpdateStore {
  return database.engine === 'sqlite' ? sqliteUpdateStore(database.sqlite, database.db) : postgresUpdateStore(database.pool);
}

/**
 * SQLite: prepared statements on the connection itself, the hot path of every keystroke. One
 * process writes, synchronously, so the next seq is simply the head plus one.
 *
 * The connection is shared with the query builder, whose transactions span several awaits:
 * each operation here first takes the builder's connection lock, so it never runs inside
 * someone else's open transaction (whose rollback would take the updates with it).
 */
function sqliteUpdateStore(db: BetterSqlite3.Database, kysely: Kysely<Schema>): UpdateStore {
  const exclusive = <T>(work: () => T): Promise<T> => kysely.connection().execute(async () => work());
  const selectSince = db.prepare<[string, number], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM document_updates WHERE document_id = ? AND seq > ? ORDER BY seq',
  );
  const selectHead = db.prepare<[string], { seq: number | null }>('SELECT max(seq) AS seq FROM document_updates WHERE document_id = ?');
  const insert = db.prepare<[string, number, Uint8Array, number]>(
    'INSERT INTO document_updates (document_id, seq, data, created_at) VALUES (?, ?, ?, ?)',
  );
  const deleteUpTo = db.prepare<[string, number]>('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?');
  const countRows = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM document_updates WHERE document_id = ?');
  const head = (documentId: string): number => selectHead.get(documentId)?.seq ?? 0;
  const loadSince = (documentId: string, seq: number): StoredUpdate[] =>
    selectSince.all(documentId, seq).map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) }));
  const append = db.transaction((documentId: string, updates: Uint8Array[]): CommittedRange => {
    const first = head(documentId) + 1;
    const now = Date.now();
    updates.forEach((update, index) => insert.run(documentId, first + index, update, now));
    return { first, last: first + updates.length - 1 };
  });
  const compact = db.transaction((documentId: string, seq: number, state: Uint8Array): void => {
    deleteUpTo.run(documentId, seq);
    insert.run(documentId, seq, state, Date.now());
  });

  return {
    load: (documentId) => exclusive(() => loadSince(documentId, 0)),
    loadSince: (documentId, seq) => exclusive(() => loadSince(documentId, seq)),
    append: (documentId, updates) => exclusive(() => append(documentId, updates)),
    compact: (documentId, seq, state) =>
      exclusive(() => {
        compact(documentId, seq, state);
        return true;
      }),
    head: (documentId) => exclusive(() => head(documentId)),
    count: (documentId) => exclusive(() => countRows.get(documentId)?.n ?? 0),
  };
}

/**
 * PostgreSQL: several instances append to the same document, so each commit takes the
 * document's transaction-scoped advisory lock before reading its head: commits of one document
 * are serialized and numbered without gaps, while other documents proceed in parallel.
 */
function postgresUpdateStore(pool: pg.Pool): UpdateStore {
  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  const headOf = async (client: pg.Pool | pg.PoolClient, documentId: string): Promise<number> =>
    (await client.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM document_updates WHERE document_id = $1', [documentId])).rows[0]
      ?.seq ?? 0;
  const loadSince = async (documentId: string, seq: number): Promise<StoredUpdate[]> => {
    const { rows } = await pool.query<{ seq: number; data: Buffer }>(
      'SELECT seq, data FROM document_updates WHERE document_id = $1 AND seq > $2 ORDER BY seq',
      [documentId, seq],
    );
    return rows.map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) }));
  };

  return {
    load: (documentId) => loadSince(documentId, 0),
    loadSince,
    append: (documentId, updates) =>
      inTransaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock(hashtext('cadre.log:' || $1))", [documentId]);
        const first = (await headOf(client, documentId)) + 1;
        const seqs = updates.map((_, index) => first + index);
        // One statement for the whole batch: a group commit costs one round trip.
        await client.query(
          `INSERT INTO document_updates (document_id, seq, data, created_at)
           SELECT $1, seq, data, $4 FROM unnest($2::bigint[], $3::bytea[]) AS batch(seq, data)`,
          [documentId, seqs, updates.map((update) => Buffer.from(update.buffer, update.byteOffset, update.byteLength)), Date.now()],
        );
        return { first, last: first + updates.length - 1 };
      }),
    compact: (documentId, seq, state) =>
      inTransaction(async (client) => {
        // One instance compacts a document at a time; the others skip rather than wait.
        const { rows } = await client.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_xact_lock(hashtext('cadre.compact:' || $1)) AS locked",
          [documentId],
        );
        if (!rows[0]?.locked) return false;
        await client.query('DELETE FROM document_updates WHERE document_id = $1 AND seq <= $2', [documentId, seq]);
        await client.query('INSERT INTO document_updates (document_id, seq, data, created_at) VALUES ($1, $2, $3, $4)', [
          documentId,
          seq,
          Buffer.from(state.buffer, state.byteOffset, state.byteLength),
          Date.now(),
        ]);
        return true;
      }),
    head: (documentId) => headOf(pool, documentId),
    count: async (documentId) =>
      (await pool.query<{ n: number }>('SELECT count(*) AS n FROM document_updates WHERE document_id = $1', [documentId])).rows[0]?.n ?? 0,
  };
}
