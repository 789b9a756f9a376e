import { randomBytes } from 'node:crypto';
import type { DocumentSummary } from '../../shared/schemas/documents.ts';
import type { SqliteDatabase } from './database.ts';

type DocumentRow = { id: string; workspace_id: string; title: string; created_at: string; updated_at: string; archived_at: string | null };

const toSummary = (row: DocumentRow): DocumentSummary => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
});

/** 16 random bytes in base64url: unguessable, URL-safe, and matches `documentIdSchema`. */
export const newId = (): string => randomBytes(16).toString('base64url');

/** What deleting a document for good destroys, for the confirmation that names it. */
export type DocumentContents = { versions: number; threads: number; comments: number };

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

export function createDocumentRepository(db: SqliteDatabase) {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO documents (id, workspace_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectOne = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  const selectInWorkspace = db.prepare<[string], DocumentRow>(
    'SELECT * FROM documents WHERE workspace_id = ? AND archived_at IS NULL ORDER BY updated_at DESC, id',
  );
  const selectArchived = db.prepare<[string], DocumentRow>(
    'SELECT * FROM documents WHERE workspace_id = ? AND archived_at IS NOT NULL ORDER BY archived_at DESC, id',
  );
  const updateTitle = db.prepare<[string, string, string]>(
    'UPDATE documents SET title = ?, updated_at = ? WHERE id = ?',
  );
  const updateArchived = db.prepare<[string | null, string]>('UPDATE documents SET archived_at = ? WHERE id = ?');
  const countContents = db.prepare<[string, string, string], DocumentContents>(
    `SELECT (SELECT count(*) FROM document_versions WHERE document_id = ?) AS versions,
            (SELECT count(*) FROM review_threads WHERE document_id = ?) AS threads,
            (SELECT count(*) FROM review_messages m JOIN review_threads t ON t.id = m.thread_id
              WHERE t.document_id = ? AND m.deleted_at IS NULL) AS comments`,
  );
  // Notifications name their document without a foreign key (they outlive nothing else).
  const deleteNotifications = db.prepare<[string]>('DELETE FROM notifications WHERE document_id = ?');
  // Stored updates, versions, threads, signatures, variant links, public links and client ids
  // cascade from the document row.
  const deleteDocument = db.prepare<[string]>('DELETE FROM documents WHERE id = ?');

  return {
    create(workspaceId: string, title: string): DocumentSummary {
      const now = new Date().toISOString();
      const id = newId();
      insert.run(id, workspaceId, title, now, now);
      return { id, workspaceId, title, createdAt: now, updatedAt: now, archivedAt: null };
    },
    find(id: string): DocumentSummary | undefined {
      const row = selectOne.get(id);
      return row && toSummary(row);
    },
    /** The documents in use; archived ones are listed by `listArchived`. */
    listInWorkspace(workspaceId: string): DocumentSummary[] {
      return selectInWorkspace.all(workspaceId).map(toSummary);
    },
    listArchived(workspaceId: string): DocumentSummary[] {
      return selectArchived.all(workspaceId).map(toSummary);
    },
    rename(id: string, title: string): DocumentSummary | undefined {
      const result = updateTitle.run(title, new Date().toISOString(), id);
      return result.changes === 0 ? undefined : this.find(id);
    },
    /** Archives (`at`) or restores (`null`) a document; its content and history are untouched. */
    setArchived(id: string, at: string | null): DocumentSummary | undefined {
      updateArchived.run(at, id);
      return this.find(id);
    },
    contents: (id: string): DocumentContents => countContents.get(id, id, id) ?? { versions: 0, threads: 0, comments: 0 },
    /** Deletes a document and everything it holds, in one transaction. */
    remove: db.transaction((id: string): void => {
      deleteNotifications.run(id);
      deleteDocument.run(id);
    }),
  };
}
