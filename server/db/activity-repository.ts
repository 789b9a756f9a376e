import type { ActivityEntry, ActivityFilter } from '../../shared/schemas/activity.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type ActivityRow = {
  id: string;
  at: string;
  last_at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  document_id: string | null;
  subject_id: string | null;
  summary: string;
  count: number;
};

const toEntry = (row: ActivityRow): ActivityEntry => ({
  id: row.id,
  at: row.at,
  lastAt: row.last_at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  documentId: row.document_id,
  subjectId: row.subject_id,
  summary: row.summary,
  count: row.count,
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
export function createActivityRepository(db: SqliteDatabase) {
  const nameOf = db.prepare<[string], { name: string }>('SELECT name FROM users WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO activity (id, workspace_id, at, last_at, actor_id, actor_name, action, document_id, subject_id, summary)
     VALUES (@id, @workspaceId, @at, @at, @actorId, @actorName, @action, @documentId, @subjectId, @summary)`,
  );
  const extend = db.prepare<[string, number, string]>('UPDATE activity SET last_at = ?, count = count + ? WHERE id = ?');

  return {
    record(entry: NewActivity, at = new Date().toISOString()): string {
      const id = newId();
      const actorName = entry.actorId ? (nameOf.get(entry.actorId)?.name ?? '') : '';
      insert.run({
        id,
        workspaceId: entry.workspaceId,
        at,
        actorId: entry.actorId,
        actorName,
        action: entry.action,
        documentId: entry.documentId ?? null,
        subjectId: entry.subjectId ?? null,
        summary: entry.summary,
      });
      return id;
    },
    /** Counts more occurrences into an existing row (an edit session's later updates). */
    extend: (id: string, count: number, at = new Date().toISOString()): void => void extend.run(at, count, id),
    list(workspaceId: string, filter: ActivityFilter): ActivityEntry[] {
      const where = ['workspace_id = @workspaceId'];
      if (filter.actor) where.push('actor_id = @actor');
      if (filter.action) where.push('action = @action');
      if (filter.document) where.push('document_id = @document');
      if (filter.since) where.push('last_at >= @since');
      if (filter.until) where.push('at <= @until');
      const rows = db
        .prepare(`SELECT * FROM activity WHERE ${where.join(' AND ')} ORDER BY at DESC, rowid DESC LIMIT @limit`)
        .all({ workspaceId, ...filter }) as ActivityRow[];
      return rows.map(toEntry);
    },
  };
}
