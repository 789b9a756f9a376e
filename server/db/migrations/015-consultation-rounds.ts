/**
 * Consultation rounds (stage 5): a round publishes frozen versions of documents to an audience
 * drawn from the stakeholder matrix; consultees invited to it (by an invitation that names the
 * round) submit inputs on those versions, facilitators record what workshops and hearings said,
 * and every input gets a disposition, optionally linked to what answered it. Everything goes
 * with its workspace.
 */
export const consultationRoundsMigration = `
  CREATE TABLE consultation_rounds (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    format TEXT NOT NULL,
    question TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    closed_at TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX consultation_rounds_by_workspace ON consultation_rounds(workspace_id);

  CREATE TABLE consultation_round_documents (
    round_id TEXT NOT NULL REFERENCES consultation_rounds(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (round_id, document_id)
  );

  CREATE TABLE consultation_audience (
    round_id TEXT NOT NULL REFERENCES consultation_rounds(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES matrix_items(id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, stakeholder_id)
  );

  CREATE TABLE consultation_participants (
    round_id TEXT NOT NULL REFERENCES consultation_rounds(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (round_id, user_id)
  );

  CREATE TABLE consultation_inputs (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES consultation_rounds(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    section TEXT NOT NULL,
    passage TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id TEXT NOT NULL,
    participant_name TEXT NOT NULL,
    stakeholder_id TEXT,
    on_behalf INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    disposition TEXT,
    disposition_reason TEXT,
    disposed_by TEXT,
    disposed_at TEXT,
    answer_kind TEXT,
    answer_id TEXT
  );
  CREATE INDEX consultation_inputs_by_round ON consultation_inputs(round_id, created_at);
  CREATE INDEX consultation_inputs_by_workspace ON consultation_inputs(workspace_id, disposition);

  ALTER TABLE invitations ADD COLUMN round_id TEXT REFERENCES consultation_rounds(id) ON DELETE CASCADE;
`;
