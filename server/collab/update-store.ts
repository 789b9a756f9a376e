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
  /** The last seq of each document's log (0 for none), in one read: how far each has got. */
  heads(documentIds: readonly string[]): Promise<Map<string, number>>;
  count(documentId: string): Promise<number>;
};

/** Thrown when updates arrive for a document that no longer exists (deleted meanwhile). */
export class DocumentGone extends Error {
  override readonly name = 'DocumentGone';
}

export function createUpdateStore(database: Database): UpdateStore {
  return database.engine === 'sqlite' ? sqliteUpdateStore(database.sqlite, database.db) : postgresUpdateStore(database.pool);
}

/**
 * SQLite: prepared statements on the connection itself, the hot path of every keystroke.
 *
 * Group commit across documents: the appends requested during one event-loop turn (every
 * socket message read in that turn, the commits that ended and released their rooms' next
 * batches, services' changes) are written in one transaction at the end of the turn
 * (`setImmediate`, after the turn's I/O callbacks: no timer, no added wait), and each resolves
 * once that transaction is committed. A transaction's fixed cost is the largest cost of a commit
 * with many documents open, so the fewer the better; per task (a microtask) made several times
 * as many under the sync benchmark's load.
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
  const advanceHead = db.prepare<[number, string], { log_seq: number }>('UPDATE documents SET log_seq = log_seq + ? WHERE id = ? RETURNING log_seq');
  const selectHead = db.prepare<[string], { log_seq: number }>('SELECT log_seq FROM documents WHERE id = ?');
  const insert = db.prepare<[string, number, Uint8Array, number]>(
    'INSERT INTO document_updates (document_id, seq, data, created_at) VALUES (?, ?, ?, ?)',
  );
  const deleteUpTo = db.prepare<[string, number]>('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?');
  const countRows = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM document_updates WHERE document_id = ?');
  const loadSince = (documentId: string, seq: number): StoredUpdate[] =>
    selectSince.all(documentId, seq).map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) }));
  /** Appends one document's updates; undefined when the document is gone (its caller is told, the others commit). */
  const appendOne = (documentId: string, updates: Uint8Array[], now: number): CommittedRange | undefined => {
    const last = advanceHead.get(updates.length, documentId)?.log_seq;
    if (last === undefined) return undefined;
    const first = last - updates.length + 1;
    updates.forEach((update, index) => insert.run(documentId, first + index, update, now));
    return { first, last };
  };
  const appendAll = db.transaction((appends: PendingAppend[]): Array<CommittedRange | undefined> => {
    const now = Date.now();
    return appends.map(({ documentId, updates }) => appendOne(documentId, updates, now));
  });
  const compact = db.transaction((documentId: string, seq: number, state: Uint8Array): void => {
    deleteUpTo.run(documentId, seq);
    insert.run(documentId, seq, state, Date.now());
  });

  let pending: PendingAppend[] = [];
  async function commitTurn(): Promise<void> {
    const appends = pending;
    pending = [];
    try {
      const ranges = await exclusive(() => appendAll(appends));
      appends.forEach((append, index) => {
        const range = ranges[index];
        if (range) append.resolve(range);
        else append.reject(new DocumentGone(`document ${append.documentId} no longer exists`));
      });
    } catch (error) {
      for (const append of appends) append.reject(error);
    }
  }

  return {
    load: (documentId) => exclusive(() => loadSince(documentId, 0)),
    loadSince: (documentId, seq) => exclusive(() => loadSince(documentId, seq)),
    append: (documentId, updates) =>
      new Promise<CommittedRange>((resolve, reject) => {
        if (pending.length === 0) setImmediate(() => void commitTurn());
        pending.push({ documentId, updates, resolve, reject });
      }),
    compact: (documentId, seq, state) =>
      exclusive(() => {
        compact(documentId, seq, state);
        return true;
      }),
    heads: (documentIds) => exclusive(() => new Map(documentIds.map((id) => [id, selectHead.get(id)?.log_seq ?? 0]))),
    count: (documentId) => exclusive(() => countRows.get(documentId)?.n ?? 0),
  };
}

/** An append waiting for the end of its turn's transaction. */
type PendingAppend = {
  documentId: string;
  updates: Uint8Array[];
  resolve: (range: CommittedRange) => void;
  reject: (error: unknown) => void;
};

const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * PostgreSQL: several instances append to the same document. A commit is one statement: it
 * advances the document's `log_seq` and inserts the batch numbered from it. The row lock that
 * the UPDATE takes orders concurrent commits of one document (the second waits, then continues
 * from the first's value), so seqs have no gaps and a later seq is never visible before an
 * earlier one; other documents proceed in parallel. One round trip per group commit.
 */
function postgresUpdateStore(pool: pg.Pool): UpdateStore {
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
    async append(documentId, updates) {
      const { rows } = await pool.query<{ seq: number }>(
        `WITH head AS (UPDATE documents SET log_seq = log_seq + cardinality($2::bytea[]) WHERE id = $1 RETURNING log_seq)
         INSERT INTO document_updates (document_id, seq, data, created_at)
         SELECT $1, head.log_seq - cardinality($2::bytea[]) + batch.n, batch.data, $3
         FROM head, unnest($2::bytea[]) WITH ORDINALITY AS batch(data, n)
         RETURNING seq`,
        [documentId, updates.map(toBuffer), Date.now()],
      );
      if (rows.length !== updates.length) throw new DocumentGone(`document ${documentId} no longer exists`);
      const seqs = rows.map((row) => row.seq);
      return { first: Math.min(...seqs), last: Math.max(...seqs) };
    },
    async compact(documentId, seq, state) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // One instance compacts a document at a time; the others skip rather than wait.
        const { rows } = await client.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_xact_lock(hashtext('cadre.compact:' || $1)) AS locked",
          [documentId],
        );
        if (rows[0]?.locked) {
          await client.query('DELETE FROM document_updates WHERE document_id = $1 AND seq <= $2', [documentId, seq]);
          await client.query('INSERT INTO document_updates (document_id, seq, data, created_at) VALUES ($1, $2, $3, $4)', [
            documentId,
            seq,
            toBuffer(state),
            Date.now(),
          ]);
        }
        await client.query('COMMIT');
        return rows[0]?.locked ?? false;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async heads(documentIds) {
      const { rows } = await pool.query<{ id: string; log_seq: number }>('SELECT id, log_seq FROM documents WHERE id = ANY($1)', [documentIds]);
      return new Map(rows.map((row) => [row.id, row.log_seq]));
    },
    count: async (documentId) =>
      (await pool.query<{ n: number }>('SELECT count(*) AS n FROM document_updates WHERE document_id = $1', [documentId])).rows[0]?.n ?? 0,
  };
}
