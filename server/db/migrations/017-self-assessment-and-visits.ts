/**
 * Three records of the "practice" feature:
 *
 * `practice_assessments`: each self-assessment against the ten good-practice criteria is a
 * dated snapshot (its ratings as JSON), never edited, so the history shows how ratings moved.
 *
 * `workspace_visits`: when each member last opened a workspace's home and from when their
 * "since you were last here" digest counts (`digest_since`), kept per member and workspace.
 *
 * `workspace_origins`: a workspace started as the next cycle of an evaluated one names it; the
 * title is copied so the origin still reads after the source is deleted for good.
 */
export const selfAssessmentAndVisitsMigration = `
  CREATE TABLE practice_assessments (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    -- JSON: [{ "criterion": "ownership", "score": 3, "evidence": "…", "comment": "…" }, …]
    ratings TEXT NOT NULL,
    assessed_by TEXT NOT NULL REFERENCES users(id),
    assessed_at TEXT NOT NULL
  );
  CREATE INDEX practice_assessments_by_workspace ON practice_assessments(workspace_id, assessed_at);

  CREATE TABLE workspace_visits (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_visit_at TEXT NOT NULL,
    digest_since TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );

  CREATE TABLE workspace_origins (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    source_id TEXT REFERENCES workspaces(id) ON DELETE SET NULL,
    source_title TEXT NOT NULL,
    started_by TEXT NOT NULL REFERENCES users(id),
    started_at TEXT NOT NULL
  );
  CREATE INDEX workspace_origins_by_source ON workspace_origins(source_id);
`;
