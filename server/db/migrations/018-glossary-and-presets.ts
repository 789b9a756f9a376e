/**
 * `workspace_vocabularies`: the policy-area preset a workspace chose and its own lists of
 * thematic areas and evidence source types (JSON arrays of `{ key, label }`), which its
 * facilitators edit. A workspace without a row keeps the migration preset it was created
 * under, so no row is written here.
 *
 * The glossary's agreement (status, who agreed and when) lives in the items' data like their
 * other fields, so it needs no schema change.
 */
export const glossaryAndPresetsMigration = `
  CREATE TABLE workspace_vocabularies (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    preset TEXT NOT NULL,
    areas TEXT NOT NULL,
    evidence_types TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users(id) ON DELETE SET NULL
  );
`;
