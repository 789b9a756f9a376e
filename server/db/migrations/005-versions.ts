export const versionsMigration = `
  -- A named, automatic, validated or restored version of a document. \`state\` (the Yjs state
  -- as one update) is the source of truth; \`content\` is its ProseMirror JSON, kept so listing,
  -- comparing and exporting need no Yjs decoding. \`matrices\` snapshots the workspace's
  -- matrices when that feature exists.
  CREATE TABLE document_versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    state BLOB NOT NULL,
    content TEXT NOT NULL,
    matrices TEXT,
    author_id TEXT REFERENCES users(id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX document_versions_by_document ON document_versions(document_id, created_at);

  -- The ordered validation ladder of a workspace.
  CREATE TABLE validation_steps (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    signer_role TEXT NOT NULL DEFAULT 'chair',
    created_at TEXT NOT NULL
  );
  CREATE INDEX validation_steps_by_workspace ON validation_steps(workspace_id, position);

  -- Signatures are kept, never overwritten: a re-signature is a new row, so the record of who
  -- signed what and when survives re-validation.
  CREATE TABLE validation_signatures (
    id TEXT PRIMARY KEY,
    step_id TEXT NOT NULL REFERENCES validation_steps(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES document_versions(id),
    signed_by TEXT NOT NULL REFERENCES users(id),
    signed_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX validation_signatures_by_document ON validation_signatures(document_id, step_id, signed_at);

  -- Public read-only links to a version; only a hash of the token is stored.
  CREATE TABLE public_links (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    version_id TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX public_links_by_version ON public_links(version_id);
`;
