import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

export type WorkspaceOriginRow = { sourceId: string | null; sourceTitle: string; startedAt: string };
export type OriginRepository = ReturnType<typeof createOriginRepository>;

/** Which evaluated workspace a new cycle started from (`workspace_origins`, migration 017). */
export function createOriginRepository(db: Kysely<Schema>) {
  return {
    async record(workspaceId: string, source: { id: string; title: string }, userId: string, at = new Date().toISOString()): Promise<void> {
      await db
        .insertInto('workspace_origins')
        .values({ workspace_id: workspaceId, source_id: source.id, source_title: source.title, started_by: userId, started_at: at })
        .execute();
    },
    async find(workspaceId: string): Promise<WorkspaceOriginRow | undefined> {
      const row = await db
        .selectFrom('workspace_origins')
        .select(['source_id', 'source_title', 'started_at'])
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return row && { sourceId: row.source_id, sourceTitle: row.source_title, startedAt: row.started_at };
    },
  };
}
