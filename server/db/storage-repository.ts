import type { StorageReport } from '../../shared/schemas/admin.ts';
import type { SqliteDatabase } from './database.ts';

type StorageRow = { id: string; title: string; archived_at: string | null; documents: number; update_bytes: number; version_bytes: number };

export type StorageRepository = ReturnType<typeof createStorageRepository>;

/** Bytes the documents of each workspace take: their stored edits and their versions. */
export function createStorageRepository(db: SqliteDatabase) {
  const byWorkspace = db.prepare<[number], StorageRow>(
    `SELECT w.id, w.title, w.archived_at,
       (SELECT count(*) FROM documents d WHERE d.workspace_id = w.id) AS documents,
       (SELECT coalesce(sum(length(u.data)), 0) FROM document_updates u JOIN documents d ON d.id = u.document_id
         WHERE d.workspace_id = w.id) AS update_bytes,
       (SELECT coalesce(sum(length(v.state) + length(CAST(v.content AS BLOB)) + coalesce(length(CAST(v.matrices AS BLOB)), 0)), 0)
         FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.workspace_id = w.id) AS version_bytes
     FROM workspaces w ORDER BY update_bytes + version_bytes DESC, w.title LIMIT ?`,
  );
  const totalBytes = db.prepare<[], { n: number }>(
    `SELECT (SELECT coalesce(sum(length(data)), 0) FROM document_updates)
          + (SELECT coalesce(sum(length(state) + length(CAST(content AS BLOB)) + coalesce(length(CAST(matrices AS BLOB)), 0)), 0)
             FROM document_versions) AS n`,
  );

  return {
    /** The `limit` largest workspaces, largest first; the total still covers every workspace. */
    report(limit: number): StorageReport {
      const workspaces = byWorkspace.all(limit).map((row) => ({
        id: row.id,
        title: row.title,
        archivedAt: row.archived_at,
        documents: row.documents,
        updateBytes: row.update_bytes,
        versionBytes: row.version_bytes,
        totalBytes: row.update_bytes + row.version_bytes,
      }));
      return { workspaces, totalBytes: totalBytes.get()?.n ?? 0 };
    },
  };
}
