import type { PmNode, VersionKind, VersionSummary } from '../../shared/schemas/versions.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type VersionRow = {
  id: string;
  document_id: string;
  name: string;
  kind: VersionKind;
  author_id: string | null;
  author_name: string | null;
  created_at: string;
  signed_steps: string | null;
};

export type StoredVersion = VersionSummary & { content: PmNode; state: Uint8Array; matrices: unknown };

export type NewVersion = {
  documentId: string;
  name: string;
  kind: VersionKind;
  state: Uint8Array;
  content: PmNode;
  matrices: unknown;
  authorId: string | null;
};

const summaryColumns = `v.id, v.document_id, v.name, v.kind, v.author_id, u.name AS author_name, v.created_at,
  (SELECT json_group_array(s.name) FROM validation_signatures g JOIN validation_steps s ON s.id = g.step_id
   WHERE g.version_id = v.id) AS signed_steps`;

const toSummary = (row: VersionRow): VersionSummary => ({
  id: row.id,
  documentId: row.document_id,
  name: row.name,
  kind: row.kind,
  authorId: row.author_id,
  authorName: row.author_name,
  createdAt: row.created_at,
  signedSteps: row.signed_steps ? (JSON.parse(row.signed_steps) as string[]) : [],
});

export type VersionRepository = ReturnType<typeof createVersionRepository>;

/** Versions of documents: immutable once written. */
export function createVersionRepository(db: SqliteDatabase) {
  const insert = db.prepare<[string, string, string, string, Buffer, string, string | null, string | null, string]>(
    `INSERT INTO document_versions (id, document_id, name, kind, state, content, matrices, author_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectList = db.prepare<[string], VersionRow>(
    `SELECT ${summaryColumns} FROM document_versions v LEFT JOIN users u ON u.id = v.author_id
     WHERE v.document_id = ? ORDER BY v.created_at DESC, v.rowid DESC`,
  );
  const selectOne = db.prepare<[string, string], VersionRow & { content: string; state: Buffer; matrices: string | null }>(
    `SELECT ${summaryColumns}, v.content, v.state, v.matrices FROM document_versions v LEFT JOIN users u ON u.id = v.author_id
     WHERE v.document_id = ? AND v.id = ?`,
  );
  const selectLatestContent = db.prepare<[string], { content: string }>(
    'SELECT content FROM document_versions WHERE document_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
  );

  return {
    create(version: NewVersion): VersionSummary {
      const id = newId();
      // Millisecond timestamps keep versions made in one burst (tests, sign then edit) ordered.
      const now = new Date().toISOString();
      insert.run(
        id,
        version.documentId,
        version.name,
        version.kind,
        Buffer.from(version.state),
        JSON.stringify(version.content),
        version.matrices === undefined ? null : JSON.stringify(version.matrices),
        version.authorId,
        now,
      );
      return this.list(version.documentId).find((v) => v.id === id) as VersionSummary;
    },
    list(documentId: string): VersionSummary[] {
      return selectList.all(documentId).map(toSummary);
    },
    find(documentId: string, id: string): StoredVersion | undefined {
      const row = selectOne.get(documentId, id);
      if (!row) return undefined;
      return {
        ...toSummary(row),
        content: JSON.parse(row.content) as PmNode,
        state: new Uint8Array(row.state),
        matrices: row.matrices === null ? undefined : (JSON.parse(row.matrices) as unknown),
      };
    },
    /** The content of the newest version, so a checkpoint is skipped when nothing changed. */
    latestContent(documentId: string): string | undefined {
      return selectLatestContent.get(documentId)?.content;
    },
  };
}
