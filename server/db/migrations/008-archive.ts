/**
 * Archiving puts a workspace, a document, an institution or a matrix item aside without losing
 * it: `archived_at` is set, the row and everything referring to it stay, so versions, exports
 * and the activity record keep its name, and restoring clears the column. An archived workspace
 * is read-only for everyone; an archived document too. Deleting for good is a plain DELETE
 * whose foreign keys cascade (see `server/services/workspaces.ts` and `documents.ts`).
 */
export const archiveMigration = `
  ALTER TABLE workspaces ADD COLUMN archived_at TEXT;
  ALTER TABLE documents ADD COLUMN archived_at TEXT;
  ALTER TABLE institutions ADD COLUMN archived_at TEXT;
  -- Separate from deleted_at: a deleted item can be restored for a day, an archived one for good.
  ALTER TABLE matrix_items ADD COLUMN archived_at TEXT;

  -- Deleting a document for good removes its notifications, which name it without a foreign key.
  CREATE INDEX notifications_by_document ON notifications(document_id);
`;
