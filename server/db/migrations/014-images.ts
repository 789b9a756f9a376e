/**
 * Images of documents: the bytes are files named by their hash (`server/images/image-files.ts`),
 * one row per upload says which document they belong to, hence who may see them. Rows go with
 * their document; nothing else deletes them, so versions keep showing their images.
 */
export const imagesMigration = `
  CREATE TABLE images (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    media_type TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX images_by_document ON images(document_id);
`;
