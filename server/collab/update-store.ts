import type { SqliteDatabase } from '../db/database.ts';

/**
 * Append-only storage of each document's Yjs updates. better-sqlite3 is synchronous, so an
 * `append` has reached the WAL when it returns: the caller relays the update only after that.
 */
export type UpdateStore = {
  load(documentId: string): Uint8Array[];
  append(documentId: string, update: Uint8Array): void;
  /** Replaces all stored updates of a document by one update holding its whole state. */
  replaceWithSnapshot(documentId: string, state: Uint8Array): void;
  count(documentId: string): number;
};

export function createUpdateStore(db: SqliteDatabase): UpdateStore {
  const selectAll = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM document_updates WHERE document_id = ? ORDER BY id',
  );
  const insert = db.prepare<[string, Uint8Array, number]>(
    'INSERT INTO document_updates (document_id, data, created_at) VALUES (?, ?, ?)',
  );
  const deleteAll = db.prepare<[string]>('DELETE FROM document_updates WHERE document_id = ?');
  const countRows = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM document_updates WHERE document_id = ?',
  );
  const snapshot = db.transaction((documentId: string, state: Uint8Array) => {
    deleteAll.run(documentId);
    insert.run(documentId, state, Date.now());
  });

  return {
    load: (documentId) => selectAll.all(documentId).map((row) => new Uint8Array(row.data)),
    append: (documentId, update) => {
      insert.run(documentId, update, Date.now());
    },
    replaceWithSnapshot: (documentId, state) => snapshot(documentId, state),
    count: (documentId) => countRows.get(documentId)?.n ?? 0,
  };
}
