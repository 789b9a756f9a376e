import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../shared/policy/abilities.ts';
import type { Workspace } from '../../shared/schemas/workspaces.ts';
import type { ThematicArea } from '../../shared/vocabulary/presets.ts';
import { newId } from './document-repository.ts';
import type { Schema, WorkspacesTable } from './schema.ts';

const toWorkspace = (row: Selectable<WorkspacesTable>): Workspace => ({
  id: row.id,
  title: row.title,
  leadInstitution: row.lead_institution,
  mission: row.mission,
  thematicAreas: JSON.parse(row.thematic_areas) as ThematicArea[],
  language: row.language as Workspace['language'],
  stage: row.stage,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
});

export type WorkspaceFields = Pick<Workspace, 'title' | 'leadInstitution' | 'mission' | 'thematicAreas' | 'language'>;

/** What deleting a workspace for good destroys, for the confirmation that names it. */
export type WorkspaceContents = { documents: number; versions: number; comments: number; matrixItems: number; members: number };

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;

const columnsOf = (fields: WorkspaceFields) => ({
  title: fields.title,
  lead_institution: fields.leadInstitution,
  mission: fields.mission,
  thematic_areas: JSON.stringify(fields.thematicAreas),
  language: fields.language,
});

export function createWorkspaceRepository(db: Kysely<Schema>) {
  return {
    /** Creates a workspace whose creator becomes its facilitator, in one transaction. */
    async create(fields: WorkspaceFields, creatorId: string): Promise<Workspace> {
      const id = newId();
      const now = new Date().toISOString();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('workspaces')
          .values({ id, ...columnsOf(fields), created_at: now, updated_at: now })
          .returningAll()
          .executeTakeFirstOrThrow();
        const role: Role = 'facilitator';
        await trx.insertInto('memberships').values({ id: newId(), workspace_id: id, user_id: creatorId, role, created_at: now }).execute();
        return toWorkspace(row);
      });
    },
    async find(id: string): Promise<Workspace | undefined> {
      const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toWorkspace(row);
    },
    async listForUser(userId: string): Promise<Array<Workspace & { role: Role }>> {
      const rows = await db
        .selectFrom('workspaces as w')
        .innerJoin('memberships as m', 'm.workspace_id', 'w.id')
        .selectAll('w')
        .select('m.role')
        .where('m.user_id', '=', userId)
        .where('m.ended_at', 'is', null)
        .orderBy('w.updated_at', 'desc')
        .orderBy('w.id')
        .execute();
      return rows.map((row) => ({ ...toWorkspace(row), role: row.role as Role }));
    },
    async update(id: string, fields: WorkspaceFields): Promise<Workspace> {
      const row = await db
        .updateTable('workspaces')
        .set({ ...columnsOf(fields), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toWorkspace(row);
    },
    async setStage(id: string, stage: number): Promise<void> {
      await db.updateTable('workspaces').set({ stage, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
    },
    /** Archives (`at`) or restores (`null`) a workspace; what it holds is untouched. */
    async setArchived(id: string, at: string | null): Promise<Workspace | undefined> {
      const row = await db.updateTable('workspaces').set({ archived_at: at }).where('id', '=', id).returningAll().executeTakeFirst();
      return row && toWorkspace(row);
    },
    async contents(id: string): Promise<WorkspaceContents> {
      const row = await db
        .selectNoFrom((eb) => [
          eb.selectFrom('documents').select((e) => e.fn.countAll<number>().as('n')).where('workspace_id', '=', id).as('documents'),
          eb
            .selectFrom('document_versions as v')
            .innerJoin('documents as d', 'd.id', 'v.document_id')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('d.workspace_id', '=', id)
            .as('versions'),
          eb
            .selectFrom('review_messages as m')
            .innerJoin('review_threads as t', 't.id', 'm.thread_id')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('t.workspace_id', '=', id)
            .where('m.deleted_at', 'is', null)
            .as('comments'),
          eb
            .selectFrom('matrix_items')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('workspace_id', '=', id)
            .where('deleted_at', 'is', null)
            .as('matrixItems'),
          eb
            .selectFrom('memberships')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('workspace_id', '=', id)
            .where('ended_at', 'is', null)
            .as('members'),
        ])
        .executeTakeFirstOrThrow();
      return {
        documents: Number(row.documents),
        versions: Number(row.versions),
        comments: Number(row.comments),
        matrixItems: Number(row.matrixItems),
        members: Number(row.members),
      };
    },
    /**
     * Deletes a workspace and everything it holds: one cascading statement, so one transaction.
     * Every table of a workspace's content refers to it with ON DELETE CASCADE (documents, and
     * through them their updates, versions and threads; members, invitations, institutions,
     * matrices, validation, notifications, the activity record).
     */
    async remove(id: string): Promise<void> {
      await db.deleteFrom('workspaces').where('id', '=', id).execute();
    },
  };
}
