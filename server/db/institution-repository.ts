import type { Institution } from '../../shared/schemas/workspaces.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

export type InstitutionRepository = ReturnType<typeof createInstitutionRepository>;

/** Each workspace's registry of institutions: ministries and their departments. */
export function createInstitutionRepository(db: SqliteDatabase) {
  const selectAll = db.prepare<[string], { id: string; name: string; parent_id: string | null }>(
    'SELECT id, name, parent_id FROM institutions WHERE workspace_id = ? ORDER BY name COLLATE NOCASE',
  );
  const selectOne = db.prepare<[string, string], { id: string; name: string; parent_id: string | null }>(
    'SELECT id, name, parent_id FROM institutions WHERE workspace_id = ? AND id = ?',
  );
  const insert = db.prepare<[string, string, string, string | null]>(
    'INSERT INTO institutions (id, workspace_id, name, parent_id) VALUES (?, ?, ?, ?)',
  );

  return {
    list: (workspaceId: string): Institution[] =>
      selectAll.all(workspaceId).map((row) => ({ id: row.id, name: row.name, parentId: row.parent_id })),
    exists: (workspaceId: string, id: string): boolean => selectOne.get(workspaceId, id) !== undefined,
    find(workspaceId: string, id: string): Institution | undefined {
      const row = selectOne.get(workspaceId, id);
      return row && { id: row.id, name: row.name, parentId: row.parent_id };
    },
    create(workspaceId: string, name: string, parentId: string | null): Institution {
      const id = newId();
      insert.run(id, workspaceId, name, parentId);
      return { id, name, parentId };
    },
  };
}
