export const accountsMigration = `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );

  -- Only a hash of the session token is stored: a leaked database does not leak sessions.
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions(user_id);

  CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );

  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    lead_institution TEXT NOT NULL DEFAULT '',
    mission TEXT NOT NULL DEFAULT '',
    thematic_areas TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT 'en',
    stage INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE institutions (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES institutions(id) ON DELETE CASCADE
  );
  CREATE INDEX institutions_by_workspace ON institutions(workspace_id);

  -- A role belongs to a membership, not a person. Removal and handover end a membership
  -- (ended_at) instead of deleting it, so history stays attributable.
  CREATE TABLE memberships (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    institution_id TEXT REFERENCES institutions(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    ended_at TEXT,
    handed_over_to TEXT REFERENCES memberships(id)
  );
  CREATE INDEX memberships_by_workspace ON memberships(workspace_id);
  CREATE UNIQUE INDEX one_active_membership ON memberships(workspace_id, user_id) WHERE ended_at IS NULL;

  CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    role TEXT NOT NULL,
    institution_id TEXT REFERENCES institutions(id) ON DELETE SET NULL,
    handover_from TEXT REFERENCES memberships(id),
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    accepted_at TEXT,
    revoked_at TEXT
  );
  CREATE INDEX invitations_by_workspace ON invitations(workspace_id);

  ALTER TABLE documents ADD COLUMN workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE;
  CREATE INDEX documents_by_workspace ON documents(workspace_id);
`;
