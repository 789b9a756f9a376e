/**
 * A document may have its own language, which labels and dates its exports; existing documents
 * keep following their workspace's working language (null).
 */
export const documentLanguageMigration = `
  ALTER TABLE documents ADD COLUMN language TEXT;
`;
