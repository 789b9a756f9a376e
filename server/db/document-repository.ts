import { randomBytes } from 'node:crypto';
import type { DocumentSummary } from '../../shared/schemas/documents.ts';
import type { SqliteDatabase } from './database.ts';

type DocumentRow = { id: string; workspace_id: string; title: string; created_at: string; updated_at: string };

const toSummary = (row: DocumentRow): DocumentSummary => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** 16 random bytes in base64url: unguessable, URL-safe, and matches `documentIdSchema`. */
export const newId = (): string => randomBytes(16).toString('base64url');

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

export function createDocumentRepository(db: SqliteDatabase) {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO documents (id, workspace_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectOne = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  const selectInWorkspace = db.prepare<[string], DocumentRow>(
    'SELECT * FROM documents WHERE workspace_id = ? ORDER BY updated_at DESC, id',
  );
  const updateTitle = db.prepare<[string, string, string]>(
    'UPDATE documents SET title = ?, updated_at = ? WHERE id = ?',
  );

  return {
    create(workspaceId: string, title: string): DocumentSummary {
      const now = new Date().toISOString();
      const id = newId();
      insert.run(id, workspaceId, title, now, now);
      return { id, workspaceId, title, createdAt: now, updatedAt: now };
    },
    find(id: string): DocumentSummary | undefined {
      const row = selectOne.get(id);
      return row && toSummary(row);
    },
    listInWorkspace(workspaceId: string): DocumentSummary[] {
      return selectInWorkspace.all(workspaceId).map(toSummary);
    },
    rename(id: string, title: string): DocumentSummary | undefined {
      const result = updateTitle.run(title, new Date().toISOString(), id);
      return result.changes === 0 ? undefined : this.find(id);
    },
  };
}
