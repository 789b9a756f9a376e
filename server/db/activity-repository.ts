import type { Kysely, Selectable } from 'kysely';
import type { ActivityEntry, ActivityFilter } from '../../shared/schemas/activity.ts';
import { newId } from './document-repository.ts';
import type { ActivityTable, Schema } from './schema.ts';

const toEntry = (row: Selectable<ActivityTable>): ActivityEntry => ({
  id: row.id,
  at: row.at,
  lastAt: row.last_at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  documentId: row.document_id,
  subjectId: row.subject_id,
  summary: row.summary,
  count: Number(row.count),
});

export type NewActivity = {
  workspaceId: string;
  actorId: string | null;
  action: string;
  documentId?: string | null;
  subjectId?: string | null;
  summary: string;
};

export type ActivityRepository = ReturnType<typeof createActivityRepository>;

/**
 * The workspace's activity record: who did what and when. The actor's name is copied into each
 * row, so the record reads the same after a member leaves or an account is renamed.
 */
export function createActivityRepository(db: Kysely<Schema>) {
  return {
    async record(entry: NewActivity, at = new Date().toISOString()): Promise<string> {
      const id = newId();
      const actor = entry.actorId ? await db.selectFrom('users').select('name').where('id', '=', entry.actorId).executeTakeFirst() : undefined;
      await db
        .insertInto('activity')
        .values({
          id,
          workspace_id: entry.workspaceId,
          at,
          last_at: at,
          actor_id: entry.actorId,
          actor_name: actor?.name ?? '',
          action: entry.action,
          document_id: entry.documentId ?? null,
          subject_id: entry.subjectId ?? null,
          summary: entry.summary,
        })
        .execute();
      return id;
    },
    /**
     * Counts more occurrences into an existing row (an edit session's later updates). One
     * relative UPDATE, so extensions arriving at once all count.
     */
    async extend(id: string, count: number, at = new Date().toISOString()): Promise<void> {
      await db
        .updateTable('activity')
        .set((eb) => ({ last_at: at, count: eb('count', '+', count) }))
        .where('id', '=', id)
        .execute();
    },
    async list(workspaceId: string, filter: ActivityFilter): Promise<ActivityEntry[]> {
      let query = db.selectFrom('activity').selectAll().where('workspace_id', '=', workspaceId);
      if (filter.actor) query = query.where('actor_id', '=', filter.actor);
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.document) query = query.where('document_id', '=', filter.document);
      if (filter.since) query = query.where('last_at', '>=', filter.since);
      if (filter.until) query = query.where('at', '<=', filter.until);
      const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
      return rows.map(toEntry);
    },
  };
}
