import type { Role } from '../../shared/policy/abilities.ts';
import type { ThematicArea, Workspace } from '../../shared/schemas/workspaces.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type WorkspaceRow = {
  id: string;
  title: string;
  lead_institution: string;
  mission: string;
  thematic_areas: string;
  language: Workspace['language'];
  stage: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
};

const toWorkspace = (row: WorkspaceRow): Workspace => ({
  id: row.id,
  title: row.title,
  leadInstitution: row.lead_institution,
  mission: row.mission,
  thematicAreas: JSON.parse(row.thematic_areas) as ThematicArea[],
  language: row.language,
  stage: row.stage,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
});

export type WorkspaceFields = Pick<Workspace, 'title' | 'leadInstitution' | 'mission' | 'thematicAreas' | 'language'>;

/** What deleting a workspace for good destroys, for the confirmation that names it. */
export type WorkspaceContents = { documents: number; versions: number; comments: number; matrixItems: number; members: number };

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;

export function createWorkspaceRepository(db: SqliteDatabase) {
  const insert = db.prepare<[string, string, string, string, string, string, string, string]>(
    `INSERT INTO workspaces (id, title, lead_institution, mission, thematic_areas, language, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMembership = db.prepare<[string, string, string, Role, string]>(
    'INSERT INTO memberships (id, workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectOne = db.prepare<[string], WorkspaceRow>('SELECT * FROM workspaces WHERE id = ?');
  const selectForUser = db.prepare<[string], WorkspaceRow & { role: Role }>(
    `SELECT w.*, m.role FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
     WHERE m.user_id = ? AND m.ended_at IS NULL ORDER BY w.updated_at DESC`,
  );
  const update = db.prepare<[string, string, string, string, string, string, string]>(
    `UPDATE workspaces SET title = ?, lead_institution = ?, mission = ?, thematic_areas = ?, language = ?,
     updated_at = ? WHERE id = ?`,
  );
  const setStage = db.prepare<[number, string, string]>('UPDATE workspaces SET stage = ?, updated_at = ? WHERE id = ?');
  const updateArchived = db.prepare<[string | null, string]>('UPDATE workspaces SET archived_at = ? WHERE id = ?');
  const countContents = db.prepare<{ id: string }, WorkspaceContents>(
    `SELECT (SELECT count(*) FROM documents WHERE workspace_id = @id) AS documents,
            (SELECT count(*) FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.workspace_id = @id) AS versions,
            (SELECT count(*) FROM review_messages m JOIN review_threads t ON t.id = m.thread_id
              WHERE t.workspace_id = @id AND m.deleted_at IS NULL) AS comments,
            (SELECT count(*) FROM matrix_items WHERE workspace_id = @id AND deleted_at IS NULL) AS matrixItems,
            (SELECT count(*) FROM memberships WHERE workspace_id = @id AND ended_at IS NULL) AS members`,
  );
  // Every table of a workspace's content refers to it with ON DELETE CASCADE (documents, and
  // through them their updates, versions and threads; members, invitations, institutions,
  // matrices, validation, notifications, the activity record).
  const deleteWorkspace = db.prepare<[string]>('DELETE FROM workspaces WHERE id = ?');

  return {
    /** Creates a workspace whose creator becomes its facilitator, in one transaction. */
    create: db.transaction((fields: WorkspaceFields, creatorId: string): Workspace => {
      const id = newId();
      const now = new Date().toISOString();
      insert.run(id, fields.title, fields.leadInstitution, fields.mission, JSON.stringify(fields.thematicAreas), fields.language, now, now);
      insertMembership.run(newId(), id, creatorId, 'facilitator', now);
      return toWorkspace(selectOne.get(id) as WorkspaceRow);
    }),
    find(id: string): Workspace | undefined {
      const row = selectOne.get(id);
      return row && toWorkspace(row);
    },
    listForUser(userId: string): Array<Workspace & { role: Role }> {
      return selectForUser.all(userId).map((row) => ({ ...toWorkspace(row), role: row.role }));
    },
    update(id: string, fields: WorkspaceFields): Workspace {
      update.run(fields.title, fields.leadInstitution, fields.mission, JSON.stringify(fields.thematicAreas), fields.language, new Date().toISOString(), id);
      return toWorkspace(selectOne.get(id) as WorkspaceRow);
    },
    setStage(id: string, stage: number): void {
      setStage.run(stage, new Date().toISOString(), id);
    },
    /** Archives (`at`) or restores (`null`) a workspace; what it holds is untouched. */
    setArchived(id: string, at: string | null): Workspace | undefined {
      updateArchived.run(at, id);
      return this.find(id);
    },
    contents: (id: string): WorkspaceContents =>
      countContents.get({ id }) ?? { documents: 0, versions: 0, comments: 0, matrixItems: 0, members: 0 },
    /** Deletes a workspace and everything it holds: one cascading statement, so one transaction. */
    remove: (id: string): void => void deleteWorkspace.run(id),
  };
}
