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
});

export type WorkspaceFields = Pick<Workspace, 'title' | 'leadInstitution' | 'mission' | 'thematicAreas' | 'language'>;

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
  };
}
