import type { Institution } from '../../shared/schemas/workspaces.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type InstitutionRow = { id: string; name: string; parent_id: string | null; archived_at: string | null };

const toInstitution = (row: InstitutionRow): Institution => ({ id: row.id, name: row.name, parentId: row.parent_id, archivedAt: row.archived_at });

export type InstitutionRepository = ReturnType<typeof createInstitutionRepository>;

/** Each workspace's registry of institutions: ministries and their departments. */
export function createInstitutionRepository(db: SqliteDatabase) {
  const selectAll = db.prepare<[string], InstitutionRow>(
    'SELECT id, name, parent_id, archived_at FROM institutions WHERE workspace_id = ? ORDER BY name COLLATE NOCASE',
  );
  const selectOne = db.prepare<[string, string], InstitutionRow>(
    'SELECT id, name, parent_id, archived_at FROM institutions WHERE workspace_id = ? AND id = ?',
  );
  const updateArchived = db.prepare<[string | null, string, string]>('UPDATE institutions SET archived_at = ? WHERE workspace_id = ? AND id = ?');
  const insert = db.prepare<[string, string, string, string | null]>(
    'INSERT INTO institutions (id, workspace_id, name, parent_id) VALUES (?, ?, ?, ?)',
  );

  return {
    /** Archived ones included: members in them keep their institution's name. */
    list: (workspaceId: string): Institution[] => selectAll.all(workspaceId).map(toInstitution),
    find(workspaceId: string, id: string): Institution | undefined {
      const row = selectOne.get(workspaceId, id);
      return row && toInstitution(row);
    },
    create(workspaceId: string, name: string, parentId: string | null): Institution {
      const id = newId();
      insert.run(id, workspaceId, name, parentId);
      return { id, name, parentId, archivedAt: null };
    },
    /** Archives (`at`) or restores (`null`) an institution; its members stay in it. */
    setArchived(workspaceId: string, id: string, at: string | null): Institution | undefined {
      updateArchived.run(at, workspaceId, id);
      return this.find(workspaceId, id);
    },
  };
}
