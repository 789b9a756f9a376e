export const variantsMigration = `
  -- A tailored variant of a document (a municipal plan from the national template). \`baseline\`
  -- is the parent's ProseMirror JSON when the variant was tailored or last reviewed: what the
  -- variant's authors have seen, so the parent's later changes can be shown section by section.
  CREATE TABLE document_variants (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    parent_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    baseline TEXT NOT NULL,
    baseline_at TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX document_variants_by_parent ON document_variants(parent_id, created_at);
`;
