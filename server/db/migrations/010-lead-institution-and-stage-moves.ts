/**
 * The lead institution becomes a row of the institution registry, so members can belong to it
 * and it counts as represented; the workspace's `lead_institution` names it (the service adds
 * the row when a workspace is created or its lead changes). Workspaces created earlier get
 * their row here, unless the registry already lists that name at any level (a lead may be a
 * department). SQLite's lower() folds ASCII only, like the comparison needs for most names.
 *
 * `stage_moves` records every move between stages with the exit criteria it left unmet and the
 * reason given, so the cycle guide can show a stage passed with unmet criteria differently from
 * a completed one. The decision log holds the readable entry (`decision_id`); this row is what
 * the guide reads, unchanged when someone edits or deletes that entry.
 */
export const leadInstitutionAndStageMovesMigration = `
  INSERT INTO institutions (id, workspace_id, name, parent_id)
  SELECT lower(hex(randomblob(16))), w.id, trim(w.lead_institution), NULL
  FROM workspaces w
  WHERE trim(w.lead_institution) <> ''
    AND NOT EXISTS (
      SELECT 1 FROM institutions i WHERE i.workspace_id = w.id AND lower(i.name) = lower(trim(w.lead_institution))
    );

  CREATE TABLE stage_moves (
    id INTEGER PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    from_stage INTEGER NOT NULL,
    to_stage INTEGER NOT NULL,
    -- JSON: [{ "stage": 1, "id": "coreGroupInstitutions" }, …]
    unmet TEXT NOT NULL,
    reason TEXT NOT NULL,
    decision_id TEXT REFERENCES matrix_items(id) ON DELETE SET NULL,
    moved_by TEXT NOT NULL REFERENCES users(id),
    moved_at TEXT NOT NULL
  );
  CREATE INDEX stage_moves_by_workspace ON stage_moves(workspace_id, id);
`;
