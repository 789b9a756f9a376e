/**
 * Each stored update gets its place in its document's log (`seq`, from 1 without gaps), so an
 * instance that hears "document d has reached seq n" knows exactly what it misses and reads it
 * back (see `server/collab/update-store.ts`). Existing rows are numbered in the order they were
 * appended. `documents.log_seq` is the last seq given out: a commit advances it and inserts its
 * updates in one statement, whose row lock orders concurrent commits of one document. The text
 * is the same on both engines.
 */
export const updateSequenceMigration = `
  ALTER TABLE document_updates ADD COLUMN seq INTEGER;
  UPDATE document_updates SET seq = (
    SELECT count(*) FROM document_updates earlier
    WHERE earlier.document_id = document_updates.document_id AND earlier.id <= document_updates.id
  );
  CREATE UNIQUE INDEX document_updates_by_seq ON document_updates(document_id, seq);
  ALTER TABLE documents ADD COLUMN log_seq INTEGER NOT NULL DEFAULT 0;
  UPDATE documents SET log_seq = (SELECT coalesce(max(seq), 0) FROM document_updates WHERE document_updates.document_id = documents.id);
`;

/**
 * PostgreSQL compares text exactly, where SQLite's `COLLATE NOCASE` columns ignore ASCII case:
 * email addresses are unique and looked up as `lower(email)` on both engines.
 */
export const foldedEmailsMigration = {
  sqlite: '',
  postgres: `
    CREATE UNIQUE INDEX users_by_folded_email ON users (lower(email));
    CREATE INDEX invitations_by_folded_email ON invitations (lower(email));
    CREATE INDEX pending_signups_by_folded_email ON pending_signups (lower(email));
  `,
};
