/**
 * Structured matrices (SWOT, stakeholders, roadmap, objectives, action plan, …) share one
 * table: `data` is JSON validated by the kind's zod schema in `shared/schemas/matrices`.
 * `version` increases on every change so concurrent edits of one item are detected, while
 * edits of different items never conflict. Deletion is soft (`deleted_at`) so it can be undone.
 */
export const cycleAndMatricesMigration = `
  CREATE TABLE matrix_items (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    position REAL NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_by TEXT NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    deleted_by TEXT REFERENCES users(id)
  );
  CREATE INDEX matrix_items_by_kind ON matrix_items(workspace_id, kind, position);
`;
