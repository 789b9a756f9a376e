import { sql, type Kysely } from 'kysely';
import type { Institution } from '../../shared/schemas/workspaces.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

type InstitutionRow = { id: string; name: string; parent_id: string | null; archived_at: string | null };

const toInstitution = (row: InstitutionRow): Institution => ({ id: row.id, name: row.name, parentId: row.parent_id, archivedAt: row.archived_at });

export type InstitutionRepository = ReturnType<typeof createInstitutionRepository>;

/** Each workspace's registry of institutions: ministries and their departments. */
export function createInstitutionRepository(db: Kysely<Schema>) {
  const inWorkspace = (workspaceId: string) =>
    db.selectFrom('institutions').select(['id', 'name', 'parent_id', 'archived_at']).where('workspace_id', '=', workspaceId);

  return {
    /** Archived ones included: members in them keep their institution's name. Sorted ignoring case. */
    async list(workspaceId: string): Promise<Institution[]> {
      const rows = await inWorkspace(workspaceId).orderBy(sql`lower(name)`).orderBy('id').execute();
      return rows.map(toInstitution);
    },
    async find(workspaceId: string, id: string): Promise<Institution | undefined> {
      const row = await inWorkspace(workspaceId).where('id', '=', id).executeTakeFirst();
      return row && toInstitution(row);
    },
    async create(workspaceId: string, name: string, parentId: string | null): Promise<Institution> {
      const id = newId();
      await db.insertInto('institutions').values({ id, workspace_id: workspaceId, name, parent_id: parentId }).execute();
      return { id, name, parentId, archivedAt: null };
    },
    /** Archives (`at`) or restores (`null`) an institution; its members stay in it. */
    async setArchived(workspaceId: string, id: string, at: string | null): Promise<Institution | undefined> {
      const row = await db
        .updateTable('institutions')
        .set({ archived_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .returning(['id', 'name', 'parent_id', 'archived_at'])
        .executeTakeFirst();
      return row && toInstitution(row);
    },
  };
}
