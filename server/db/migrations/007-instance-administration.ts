export const instanceAdministrationMigration = `
  -- A disabled account cannot sign in and its sessions no longer resolve; kept, not deleted,
  -- so its history (edits, comments, signatures) stays attributed.
  ALTER TABLE users ADD COLUMN disabled_at TEXT;

  -- Settings the instance administrator chooses (e.g. the sign-up policy), as JSON values.
  CREATE TABLE instance_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users(id)
  );

  -- Sign-ups waiting for their address to be confirmed (only when the server sends email). The
  -- account is created from the row when its link is opened, so whoever controls the mailbox
  -- decides; the token is stored only as a hash.
  CREATE TABLE pending_signups (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX pending_signups_by_email ON pending_signups(email);

  -- The invitation-only sign-up policy looks invitations up by address.
  CREATE INDEX invitations_by_email ON invitations(email);
`;
